/** The inline stylesheet of `conformance.html`: system fonts only, no external resources, prints cleanly. */

/** CSS placed in the page's one `<style>` element. */
export const htmlStyle = `
:root{--fg:#1d2127;--muted:#5b6470;--line:#d8dde3;--pass:#1a7f37;--fail:#c62828;--warn:#9a6700;--err:#6f42c1;--skip:#6e7781;--known:#57606a}
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
.muted{color:var(--muted)}
.callout{border-left:4px solid var(--warn);background:#fff8e6;padding:2px 14px 8px;border-radius:6px;margin-top:16px}
.callout h2{margin-top:12px}
.callout.error{border-color:var(--err);background:#f5f0ff}
.callout ul.plain{background:transparent;border:0;padding-left:18px}
.internal{color:var(--err)}
.banner ul.chips{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px}
.banner a{color:#fff}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:700;color:#fff;border:1px solid rgba(255,255,255,.6)}
.s-known{background:var(--known)}
.standing{display:inline-block;padding:0 6px;border-radius:4px;font-size:11.5px;font-weight:700;color:#fff;margin-left:6px}
.st-new{background:var(--fail)}.st-expired{background:var(--warn)}.st-known{background:var(--known)}
.finding{border-top:1px dashed var(--line);padding:8px 0 8px 10px;border-left:3px solid var(--line);margin:6px 0}
.fs-new,.fs-none{border-left-color:var(--fail)}.fs-expired{border-left-color:var(--warn)}.fs-known{border-left-color:var(--known)}
.finding dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}
.finding dt{color:var(--muted)}.finding dd{margin:0;word-break:break-word}
.fhead{font-weight:600}.fhead .sig{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;font-weight:400;word-break:break-word}
.fhead .hits{color:var(--muted);font-weight:400;white-space:nowrap}
.fhead .fp{font-weight:700}
.cause{margin:4px 0;padding:4px 8px;background:#eef4ff;border-radius:4px}
li.finding{list-style:none}
ul.known-list{list-style:none;margin:0;padding:0}
.finding.consequence{border-left-color:#8fb3ff}
table.matrix{width:auto;min-width:50%}
table.matrix th.tcol{text-align:center;min-width:92px;max-width:140px}
.tname{font-weight:400;font-size:11px;color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:140px}
td.m{text-align:center;white-space:nowrap;font-size:12.5px}
td.m a{color:inherit;text-decoration:underline;font-weight:700}
.m-passed,.f-passes,.o-passes{background:#e6f4ea;color:var(--pass)}
.m-failed,.f-new,.f-fails,.f-expired,.o-fails{background:var(--fail);color:#fff}
.m-warning{background:#fff1c2;color:var(--warn)}
.m-known,.f-known{background:#e3e8ef;color:#3d4756}
.m-skipped,.m-not-run,.f-skipped,.f-not-run,.o-skipped{background:#f1f3f5;color:var(--skip)}
.m-errored,.f-errored,.o-errored{background:var(--err);color:#fff}
.f-not-found{background:#f6f8fa;color:var(--muted)}
.charts{display:flex;flex-wrap:wrap;gap:12px}
figure.history{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px}
figure.history figcaption{font-size:12px;color:var(--muted);max-width:360px;word-break:break-all}
svg.history text{font-size:10px;fill:var(--muted)}
svg.history .axis{stroke:var(--line)}
svg.history .trend{fill:none;stroke:#8c959f;stroke-width:1.5}
`;
