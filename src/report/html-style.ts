/** The inline stylesheet of `conformance.html`: system fonts only, no external resources, prints cleanly. */

/** CSS placed in the page's one `<style>` element. */
export const htmlStyle = `
:root{--fg:#1d2127;--muted:#5b6470;--line:#d8dde3;--pass:#1a7f37;--fail:#c62828;--warn:#9a6700;--err:#6f42c1;--skip:#6e7781}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#f6f8fa}
main{max-width:1200px;margin:0 auto;padding:0 16px 40px}
h2{margin:28px 0 10px;font-size:18px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
pre{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 10px;overflow:auto;max-height:260px;white-space:pre-wrap;word-break:break-word;margin:6px 0}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td code{word-break:break-word}
td.id code{white-space:nowrap}
.banner{padding:22px 16px;color:#fff}
.banner .inner{max-width:1200px;margin:0 auto}
.banner h1{margin:0;font-size:28px;letter-spacing:.5px}
.banner p{margin:6px 0 0;opacity:.95}
.v-conformant{background:var(--pass)}.v-non-conformant{background:var(--fail)}.v-error{background:var(--err)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin-top:16px}
.facts dt{color:var(--muted)}.facts dd{margin:0;word-break:break-all}
.status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.s-passed{background:var(--pass)}.s-failed{background:var(--fail)}.s-warning{background:var(--warn)}.s-errored{background:var(--err)}.s-skipped{background:var(--skip)}
details{background:#fff;border:1px solid var(--line);border-radius:6px;margin:10px 0;padding:6px 12px}
summary{cursor:pointer;font-weight:600}
.failure{border-top:1px dashed var(--line);padding:8px 0}
.failure dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
.failure dt{color:var(--muted)}.failure dd{margin:0;word-break:break-word}
.heat td.cell{text-align:center;font-variant-numeric:tabular-nums;min-width:90px}
.heat tr.hit td.loc{box-shadow:inset 4px 0 0 var(--fail)}
.none{background:repeating-linear-gradient(45deg,#f1f3f5,#f1f3f5 6px,#e4e7eb 6px,#e4e7eb 12px);color:var(--muted)}
.heat .failed-mark{color:var(--fail);font-weight:700}
.legend{display:flex;gap:14px;flex-wrap:wrap;margin:8px 0;color:var(--muted);font-size:12px}
.legend span.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-3px;margin-right:4px;border:1px solid var(--line)}
ul.plain{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 8px 8px 28px}
nav.toc{margin:12px 0 0;display:flex;gap:14px;flex-wrap:wrap}
nav.toc a{color:#0550ae;text-decoration:none}
nav.toc a:hover{text-decoration:underline}
footer{color:var(--muted);margin-top:30px;font-size:12px}
`;
