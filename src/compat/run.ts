/** The `compat` run: compare, apply accepts, run witnesses through targets, report; SIGINT leaves a partial report. */
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeChunks } from '../core/files.js';
import type { Io } from '../core/io.js';
import { redact } from '../core/redact.js';
import { toolName, toolVersion } from '../core/tool.js';
import type { Target } from '../core/types.js';
import { openTarget } from '../targets/registry.js';
import { applyAccept, readAccept } from './accept.js';
import { impactOf } from './impact.js';
import { compareSchemas } from './judge.js';
import { renderText } from './render-text.js';
import { buildReport, compatExitCode, type ReportParts } from './report.js';
import type { CompatReport, Impact, JudgedChange, Role } from './types.js';
import { loadVersion } from './versions.js';
import { type CompatFormat, writeCompat, writeCompatSync } from './write.js';

/** Everything a `compat` run needs, parsed from the flags. */
export interface CompatOptions {
  old: string;
  new: string;
  roles: Role[];
  targets: string[];
  accept?: string | undefined;
  formats: CompatFormat[];
  reportDir: string;
  allowUnknown: boolean;
  timeoutMs: number;
  /** HTTP target options, in the shape `openTarget` passes on. */
  http: Record<string, unknown>;
}

/** Compares the schemas; generator limits (e.g. a remote `$ref`) are schema errors the user can act on. */
async function compare(oldDoc: object, newDoc: object, roles: Role[]): Promise<JudgedChange[]> {
  try {
    return await compareSchemas(oldDoc, newDoc, roles);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('generators:')) throw new UsageError(`cannot compare these schemas: ${e.message.slice(12)}.`);
    throw e;
  }
}

/** Writes the report files; a report directory that cannot be written is a usage error. */
async function writeReports(report: CompatReport, exit: number, o: CompatOptions, secrets: string[]): Promise<string[]> {
  try {
    return await writeCompat(report, exit, o.reportDir, o.formats, secrets);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'ENOTDIR' || code === 'EROFS' || code === 'EEXIST' || code === 'EISDIR')
      throw new UsageError(`cannot write the report to --report-dir ${o.reportDir} (${code}). Pass a writable directory.`);
    throw e;
  }
}

/** Runs `compat` and resolves to its exit code (SPEC §16). */
export async function runCompat(o: CompatOptions, io: Io): Promise<number> {
  const startedAt = new Date();
  const t0 = performance.now();
  const oldS = loadVersion('OLD', o.old, io.cwd);
  const newS = loadVersion('NEW', o.new, io.cwd);
  const accepts = o.accept === undefined ? [] : readAccept(resolve(io.cwd, o.accept), o.accept);
  const changes = await compare(oldS.document, newS.document, o.roles);
  const { stale, expired } = applyAccept(changes, accepts, startedAt.toISOString().slice(0, 10));
  const notes = expired.map((e) => `accept entry ${e.change} (${e.role}) expired on ${e.expires}: it no longer accepts anything.`);
  const parts: ReportParts = {
    tool: { name: toolName, version: toolVersion },
    old: oldS,
    new: newS,
    roles: o.roles,
    allowUnknown: o.allowUnknown,
    changes,
    targets: [],
    impact: [] as Impact[],
    staleAccepts: stale.map((s) => ({ change: s.change, role: s.role })),
    notes,
    startedAt,
    durationMs: 0,
  };
  const finish = () => {
    const report = buildReport({ ...parts, durationMs: performance.now() - t0 });
    return { report, exit: compatExitCode(report) };
  };
  const opened: Target[] = [];
  const secrets = () => opened.flatMap((t) => t.http?.secrets ?? []);
  const onSignal = () => {
    parts.notes.push('interrupted while running witnesses through the targets: the impact table is partial');
    const { report, exit } = finish();
    try {
      writeCompatSync(report, exit, o.reportDir, o.formats, secrets());
      io.stderr.write(`\ninterrupted: partial report written to ${o.reportDir}\n`);
    } catch {
      io.stderr.write('\ninterrupted: the partial report could not be written\n');
    }
    // process.exit runs every harness connection's exit hook, which kills the harness's process group.
    process.exit(3);
  };
  if (o.targets.length > 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      for (const spec of o.targets) {
        const t = await openTarget(spec, { cwd: io.cwd, timeoutMs: o.timeoutMs, http: o.http, env: io.env, attachHttp: false });
        opened.push(t);
        parts.targets.push({ description: t.description, kind: t.kind });
      }
      const witnesses = changes.flatMap((c) => [c.reader?.witness, c.writer?.witness]).filter(Boolean).length;
      io.stderr.write(`compat: running ${witnesses} witness(es) through ${opened.length} target(s)\n`);
      await impactOf(changes, opened, (row) => parts.impact.push(row));
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await Promise.allSettled(opened.map((t) => t.close()));
    }
  }
  const { report, exit } = finish();
  const written = await writeReports(report, exit, o, secrets());
  const reports = written.length > 0 ? `reports: ${written.join(', ')}\n` : '';
  // A reader that goes away (`| head`) is no error: the reports are written already.
  await writeChunks([redact(renderText(report, exit), secrets()), reports], io.stdout);
  return exit;
}
