/**
 * Aggregation of live traffic (SPEC §15): counts per status, findings by fingerprint (count, first and last seen, one
 * shrunk and redacted exemplar), observed values, and the problems met on the way. Memory stays bounded.
 */
import { cloneJson } from '../core/json.js';
import { redact, redactor } from '../core/redact.js';
import { exchangeSecrets, fillExemplar, hitFingerprint } from './exemplar.js';
import type { Judge } from './judge.js';
import { Observations } from './observe.js';
import type { Exchange, Hit, Seen, TrafficFinding, TrafficSection } from './types.js';

/** Distinct findings kept (further ones are counted), problems listed. */
const MAX_FINDINGS = 1000;
const MAX_PROBLEMS = 20;

/** Everything a proxy or an audit has seen so far. */
export class TrafficLedger {
  private total = 0;
  private judged = 0;
  private responses = 0;
  private patches = 0;
  private upstreamErrors = 0;
  private tooLarge = 0;
  private malformed = 0;
  private otherFindings = 0;
  private readonly byStatus = new Map<string, number>();
  private readonly findings = new Map<string, TrafficFinding>();
  private readonly problems: { where: string; reason: string }[] = [];
  private readonly pending = new Set<Promise<void>>();
  readonly observations: Observations;

  constructor(
    private readonly judge: Judge,
    private readonly mode: TrafficSection['mode'],
    private readonly source: string,
  ) {
    this.observations = new Observations(judge.root);
  }

  /** Violations found so far (occurrences). */
  get violations(): number {
    let n = 0;
    for (const f of this.findings.values()) n += f.count;
    return n;
  }

  /** Exchanges seen so far. */
  get exchanges(): number {
    return this.total;
  }

  /** Judges and records one exchange. Shrinking a new finding's exemplar runs in the background (see `settled`). */
  record(ex: Exchange): void {
    const n = ++this.total;
    const cls = ex.status === 0 ? 'none' : `${Math.floor(ex.status / 100)}xx`;
    this.byStatus.set(cls, (this.byStatus.get(cls) ?? 0) + 1);
    if (ex.tooLarge) this.tooLarge++;
    const result = this.judge.judge(ex);
    if (!result.response && !result.patch) return;
    this.judged++;
    if (result.response) this.responses++;
    if (result.patch) this.patches++;
    if (result.contentType) this.observations.contentType(result.contentType);
    if (result.value !== undefined) {
      const secrets = exchangeSecrets(ex);
      this.observations.add(result.value, redactor(secrets));
    }
    const seen: Seen = { exchange: n, where: ex.where, ...(ex.at ? { at: ex.at } : {}) };
    const counted = new Set<string>();
    for (const hit of result.hits) {
      const fp = hitFingerprint(hit);
      let finding = this.findings.get(fp.id);
      if (!finding) {
        if (this.findings.size >= MAX_FINDINGS) {
          this.otherFindings++;
          continue;
        }
        finding = this.open(fp, hit, seen, ex);
      }
      finding.count++;
      if (!counted.has(fp.id)) finding.exchanges++;
      counted.add(fp.id);
      finding.lastSeen = seen;
    }
  }

  private open(fp: { id: string; text: string }, hit: Hit, seen: Seen, ex: Exchange): TrafficFinding {
    const { rule, failure, location, keyword, value, expected, actual } = hit;
    const finding: TrafficFinding = {
      fingerprint: fp.id,
      text: fp.text,
      rule,
      failure,
      location,
      ...(keyword ? { keyword } : {}),
      ...(value ? { value } : {}),
      count: 0,
      exchanges: 0,
      firstSeen: seen,
      lastSeen: seen,
      expected,
      actual,
      request: { method: ex.method.toUpperCase(), path: redact(ex.path, exchangeSecrets(ex)), status: ex.status },
    };
    this.findings.set(fp.id, finding);
    if (hit.instance !== undefined && hit.violation) this.track(fillExemplar(this.judge, finding, hit, exchangeSecrets(ex)));
    return finding;
  }

  private track(p: Promise<void>): void {
    const done = p.finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** A log line or HAR entry that could not be read. */
  malformedInput(where: string, reason: string): void {
    this.malformed++;
    this.problem(where, reason);
  }

  /** A request the upstream did not answer (the proxy answered 502). */
  upstreamError(ex: Exchange, reason: string): void {
    this.upstreamErrors++;
    this.record(ex);
    this.problem(ex.where, `upstream error on ${ex.method.toUpperCase()} ${redact(ex.path, [])}: ${reason}`);
  }

  private problem(where: string, reason: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ where, reason: redact(reason, []) });
  }

  /** Resolves once every exemplar being shrunk is done. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** The report section (call `settled()` first for the fixtures). */
  section(): TrafficSection {
    const findings = [...this.findings.values()].sort((a, b) => b.count - a.count || a.firstSeen.exchange - b.firstSeen.exchange);
    return {
      mode: this.mode,
      source: this.source,
      exchanges: {
        total: this.total,
        judged: this.judged,
        responsesJudged: this.responses,
        patchesJudged: this.patches,
        unjudged: this.total - this.judged,
        upstreamErrors: this.upstreamErrors,
        tooLarge: this.tooLarge,
        malformed: this.malformed,
        byStatus: Object.fromEntries([...this.byStatus].sort()),
      },
      findings: findings.map((f) => cloneJson(f)),
      otherFindings: this.otherFindings,
      observed: this.observations.snapshot(),
      problems: [...this.problems],
    };
  }
}
