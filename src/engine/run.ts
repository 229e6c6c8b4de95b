/**
 * One run over one or more targets: opens each target, runs each check through the one policy (a target error stops
 * that target's later checks, never the other targets'), records health warnings, and cross-checks findings between
 * targets. Both executors (inline, vitest worker) drive this class; nothing else decides what runs.
 */
import { resolve as resolvePath } from 'node:path';
import { markCheck } from '../baseline/apply.js';
import { freshUsersOf } from '../checks/http/index.js';
import type { CheckContext, CheckDef } from '../checks/types.js';
import { TargetError, UsageError } from '../core/errors.js';
import { redactTarget as redactSpec } from '../core/redact.js';
import type { CheckResult, Disagreement, RunError, RunWarning, Target, TargetInfo } from '../core/types.js';
import { openTarget } from '../targets/registry.js';
import { type CheckRun, notRun, runCheck } from './check-run.js';
import { countCoverage } from './coverage.js';
import { crossCheck } from './cross-check.js';
import { dictionarySummary } from './dictionary.js';
import { checkHealth, targetHealth } from './health.js';
import type { Prepared } from './prepare.js';
import { type ReplaySettings, replayPrefix } from './replay.js';
import type { Executed } from './report.js';

/** One target of a run and what happened to it so far. */
export interface TargetState {
  spec: string;
  info: TargetInfo;
  ctx?: CheckContext;
  latencies: number[];
  /** Why the target's remaining checks are not run (it could not be opened, or it failed during a check). */
  fatal?: string;
  /** The first check after a target failure carries the error; the others say "not run". */
  fatalReported?: boolean;
  results: CheckResult[];
}

/** Describes a target spec before (or without) opening it, secrets masked. */
export function describeSpec(spec: string): TargetInfo {
  if (spec === 'reference') return { kind: 'reference', description: 'embedded reference implementation (module and HTTP service)' };
  const kind = /^https?:\/\//i.test(spec) ? 'http' : (spec.split(':')[0] ?? spec);
  return { kind, description: redactSpec(spec) };
}

const infoOf = (t: Target): TargetInfo => ({ kind: t.kind, description: t.description, ...(t.implementation ? { implementation: t.implementation } : {}) });

export class Run {
  readonly targets: TargetState[];
  readonly errors: RunError[] = [];
  readonly warnings: RunWarning[] = [];
  /** Set when opening a target hit a usage error (a missing token…): the run ends with exit 2. */
  usageError?: string;

  constructor(
    readonly prepared: Prepared,
    private readonly env: NodeJS.ProcessEnv,
    private readonly signal: AbortSignal,
    private readonly secrets: readonly string[],
  ) {
    this.targets = prepared.options.targets.map((spec) => ({ spec, info: describeSpec(spec), latencies: [], results: [] }));
  }

  /** Opens target `i`. A target that cannot be opened gets an error, and its checks are reported as not run. */
  async open(i: number): Promise<void> {
    const t = this.targets[i]!;
    const { options, schema, oracle, cases, root, replay } = this.prepared;
    try {
      const target = await openTarget(t.spec, { cwd: options.cwd, timeoutMs: options.timeoutMs, http: options.http, env: this.env });
      t.info = infoOf(target);
      t.ctx = {
        target,
        schema,
        root,
        oracle,
        cases,
        settings: {
          seed: options.seed,
          runs: options.runs,
          timeoutMs: options.timeoutMs,
          maxFindings: options.maxFindings,
          ...(options.shard ? { shard: options.shard } : {}),
        },
        ...(replay ? { replay } : {}),
        recordLatency: (ms) => {
          if (t.latencies.length < 200_000) t.latencies.push(ms);
        },
        signal: this.signal,
      };
      // Minted users for every HTTP check are made while the first ones run, not one by one as each case asks (a paced
      // run waits for its pace, not for tokens: it mints as it goes).
      const ep = target.http;
      if (ep && !replay && !options.http.rate) {
        try {
          const plan = { cases, settings: t.ctx.settings, concurrency: ep.concurrency, writes: ep.allowWrites };
          ep.expectUsers(
            freshUsersOf(
              this.prepared.checks.filter((c) => !c.skipReason(target)),
              plan,
            ),
          );
        } catch {
          // cases that cannot be built fail the checks that use them, with the reason: not the opening of the target
        }
      }
    } catch (e) {
      if (e instanceof UsageError) this.usageError ??= e.message;
      else if (!(e instanceof TargetError)) throw e;
      t.fatal = `cannot open the target: ${e.message}`;
      this.errors.push({ message: t.fatal, target: i });
    }
  }

  private replaySettings(t: TargetState): ReplaySettings {
    const o = this.prepared.options;
    return { prefix: replayPrefix(o, t.spec), seed: o.seed, reportDir: resolveDir(o.cwd, o.reportDir), cwd: o.cwd, secrets: this.secrets };
  }

  /** Runs check `def` on target `i` (or reports it as not run, with the reason). */
  async check(i: number, def: CheckDef): Promise<CheckResult> {
    const t = this.targets[i]!;
    let result: CheckResult;
    if (this.signal.aborted && !t.fatal) t.fatal = 'not run: the run was interrupted';
    if (t.fatal || !t.ctx) {
      const first = !t.fatalReported && t.fatal?.startsWith('cannot open');
      result = first
        ? { ...notRun(def, t.fatal ?? 'not run', i), status: 'errored' }
        : notRun(def, t.fatal ? `not run: ${t.fatal.replace(/^not run: /, '')}` : 'not run', i);
      t.fatalReported = true;
    } else {
      const run: CheckRun = await runCheck(def, t.ctx, this.replaySettings(t), i);
      result = run.result;
      const b = this.prepared.baseline;
      if (b) markCheck(result, b.entries, t.spec, this.prepared.today);
      this.warnings.push(...run.warnings.map((w) => ({ ...w, target: i })), ...checkHealth(result, i));
      if (run.targetError) {
        t.fatal = `the target failed during ${def.id}`;
        t.fatalReported = true;
        this.errors.push({
          message: run.targetError,
          check: def.id,
          target: i,
          ...(run.inFlight ? { inFlight: run.inFlight.requests, replay: run.inFlight.replay } : {}),
        });
      }
      if (run.internalError) this.errors.push({ message: run.internalError, check: def.id, target: i, internal: true });
    }
    t.results.push(result);
    return result;
  }

  private readonly closed = new Set<number>();

  /** Closes target `i` (once) and records what its traffic says about the run's health. */
  async close(i: number): Promise<void> {
    const t = this.targets[i]!;
    if (!t.ctx || this.closed.has(i)) return;
    this.closed.add(i);
    this.warnings.push(...targetHealth(t.ctx.target, i));
    await t.ctx.target.close().catch((e: Error) => this.errors.push({ message: `closing the target failed: ${e.message}`, target: i }));
  }

  /** Ends the run: cross-checks findings between targets (unless interrupted), closes every target, hands back its parts. */
  async finish(): Promise<Executed> {
    const disagreements = this.signal.aborted ? [] : await this.disagreements();
    for (let i = 0; i < this.targets.length; i++) await this.close(i);
    const p = this.prepared;
    const dictionary = dictionarySummary(p.options, p.schema.document, p.replay !== undefined);
    return {
      parts: {
        targets: this.targets.map((t) => ({ info: t.info, latencies: t.latencies })),
        checks: this.targets.flatMap((t) => t.results),
        errors: this.errors,
        warnings: this.warnings,
        coverage: countCoverage(p.cases, p.options.runs, p.options.shard),
        ...(dictionary ? { dictionary } : {}),
        ...(disagreements.length ? { disagreements } : {}),
        ...(p.ambiguities ? { ambiguities: p.ambiguities } : {}),
      },
      ...(this.usageError ? { usageError: this.usageError } : {}),
    };
  }

  /** Re-runs every finding some targets have and others not on every open target (multi-target runs). */
  async disagreements(): Promise<Disagreement[]> {
    if (this.targets.length < 2) return [];
    return crossCheck(this.targets, this.prepared.checks, (t) => this.replaySettings(t));
  }
}

const resolveDir = (cwd: string, dir: string): string => resolvePath(cwd, dir);
