/** One proxy or audit run from start to report: the judge and ledger, then fixtures, the report files and the exit code. */
import { redact } from '../core/redact.js';
import type { Report } from '../core/types.js';
import type { Format } from '../report/formats.js';
import { plural } from '../report/text.js';
import { exitCodeFor } from '../report/verdict.js';
import { writeReports, writeReportsSync } from '../report/write.js';
import type { LoadedSchema } from '../schema/load.js';
import { writeFixtures } from './fixtures.js';
import { createJudge } from './judge.js';
import { TrafficLedger } from './ledger.js';
import { trafficReport } from './report.js';
import type { TrafficReport, TrafficSection } from './types.js';

/** Where the results go. */
export interface TrafficOutput {
  reportDir: string;
  formats: Format[];
  fixturesDir?: string;
  cwd: string;
}

/** A run in progress. */
export interface TrafficSession {
  readonly ledger: TrafficLedger;
  /** Builds the report from what was seen so far (fixtures written first when asked). */
  finish(errors?: Report['errors']): Promise<{ report: TrafficReport; written: string[]; fixtures: string[] }>;
  /** The report as it stands, written synchronously (an interrupt handler's last resort; exemplars still shrinking are left out). */
  finishSync(errors: Report['errors']): TrafficReport;
}

/** Opens a run over `schema`. `kind`/`description` name the target in the report (secrets already redacted). */
export function openTrafficSession(
  mode: TrafficSection['mode'],
  schema: LoadedSchema,
  target: { kind: string; description: string },
  out: TrafficOutput,
): TrafficSession {
  const ledger = new TrafficLedger(createJudge(schema.document), mode, target.description);
  const startedAt = new Date();
  const t0 = performance.now();
  const build = (section: TrafficSection, errors: Report['errors']) =>
    trafficReport({
      schema: { $id: schema.$id, sha256: schema.sha256 },
      target,
      startedAt,
      durationMs: performance.now() - t0,
      section,
      errors,
    });
  return {
    ledger,
    async finish(errors = []) {
      await ledger.settled();
      const section = ledger.section();
      const fixtures = out.fixturesDir ? await writeFixtures(section.findings, out.fixturesDir, out.cwd) : [];
      const report = build(section, errors);
      const written = await writeReports(report, out.reportDir, out.formats);
      return { report, written, fixtures };
    },
    finishSync(errors) {
      const report = build(ledger.section(), errors);
      writeReportsSync(report, out.reportDir, out.formats);
      return report;
    },
  };
}

/** The terminal summary: one line per finding, the values the schema does not allow, unknown properties, the verdict. */
export function summaryText(report: TrafficReport, written: string[]): string {
  const s = report.traffic;
  const out: string[] = [];
  if (s) {
    const x = s.exchanges;
    out.push(
      `${x.total} exchanges, ${x.judged} judged (${x.responsesJudged} responses, ${x.patchesJudged} PATCH bodies), ${x.upstreamErrors} upstream errors, ${x.malformed} malformed`,
    );
    for (const f of s.findings) {
      const where = f.fixtureFile ? `; fixture ${f.fixtureFile}` : '';
      out.push(`✗ ${f.fingerprint} ${f.text}: ${f.count} in ${plural(f.exchanges, 'exchange')}${where}`);
    }
    for (const e of s.observed.enums)
      for (const v of e.values) if (!v.allowed) out.push(`  seen outside the enum at ${e.location}: ${JSON.stringify(v.value)} (${v.count}x)`);
    for (const u of s.observed.unknownProperties)
      out.push(`  unknown properties at ${u.location}: ${u.names.map((n) => `${n.name} (${n.count}x)`).join(', ')}`);
  }
  for (const w of report.warnings) out.push(`warning: ${w.message}`);
  for (const n of report.notes) out.push(`note: ${n}`);
  for (const e of report.errors) out.push(`error: ${e.message}`);
  const violations = s ? s.findings.reduce((n, f) => n + f.count, 0) : 0;
  const findings = s?.findings.length ?? 0;
  out.push(`verdict: ${report.verdict} — ${plural(violations, 'violation')} in ${plural(findings, 'finding')}`);
  if (written.length) out.push(`reports: ${written.join(', ')}`);
  return `${redact(out.join('\n'), [])}\n`;
}

/** The exit code of a traffic report: 0 nothing violated, 1 violations, 3 an error left the run incomplete, 4 a bug of ours. */
export const trafficExitCode = (r: TrafficReport): number => exitCodeFor(r);
