/** `compat OLD NEW`: which changes between two schema versions break readers or writers, with witnesses (SPEC §14). */
import { resolve } from 'node:path';
import { type CompatOptions, runCompat } from '../compat/run.js';
import type { Role } from '../compat/types.js';
import { parseCompatFormats } from '../compat/write.js';
import { UsageError } from '../core/errors.js';
import { assertTargetSpec } from '../targets/registry.js';
import { intFlag, parseFlags } from './args.js';
import type { Command, Io } from './command.js';

const usage = `Usage: paragon-conformance compat OLD NEW [options]

Every keyword-level difference between two versions of the schema, each judged per role:
compatible (with the rule that proves it), breaking (with a minimal witness: an instance valid under one
version and invalid under the other, confirmed by both), or unknown (with the reason).
OLD and NEW are schema files (the word embedded stands for the schema shipped in the package).

Roles:
  reader           services that keep reading data written under OLD: NEW rejecting an OLD-valid instance breaks them
  writer           consumers still on OLD: NEW accepting an OLD-invalid instance breaks them

Options:
  --role R         reader | writer | both (default both)
  --target T       run every witness through an implementation (repeatable): reference, module:PATH,
                   cmd:COMMAND LINE or http(s)://BASE (HTTP: only {"meta": …} witnesses, as PATCH, with --allow-writes)
  --accept FILE    acknowledged breaks: {"accept":[{"change":"PATH:KEYWORD","role":"reader|writer|both","reason":"…"}]}
  --allow-unknown  unknown verdicts do not fail the gate (default: they do, exit 1)
  --format F       report files: json,md (default both; compat.json, compat.md)
  --report-dir DIR where the reports go (default reports)
  --timeout MS     per call to a target (default 10000)
  HTTP targets:    --allow-writes, --token-env VAR, --signing-key PEM, --project-id ID, --header "Name: value"

Exit codes: 0 compatible (or only accepted breaks), 1 breaking (or unknown without --allow-unknown),
2 bad input (unreadable or invalid schema, bad flag or accept file), 3 target error, 4 internal error.
`;

const options = {
  role: { type: 'string' },
  target: { type: 'string', multiple: true },
  accept: { type: 'string' },
  'allow-unknown': { type: 'boolean' },
  format: { type: 'string' },
  'report-dir': { type: 'string' },
  timeout: { type: 'string' },
  'allow-writes': { type: 'boolean' },
  'token-env': { type: 'string' },
  'signing-key': { type: 'string' },
  'project-id': { type: 'string' },
  header: { type: 'string', multiple: true },
} as const;

const roleChoices: Record<string, Role[]> = { reader: ['reader'], writer: ['writer'], both: ['reader', 'writer'] };

function optionsFrom(argv: string[]): CompatOptions {
  const { values, positionals } = parseFlags('compat', argv, options, true);
  const str = (k: keyof typeof options) => values[k] as string | undefined;
  if (positionals.length !== 2) {
    throw new UsageError(
      `compat takes two schema files, OLD and NEW (got ${positionals.length}). Example: paragon-conformance compat old.schema.json new.schema.json`,
    );
  }
  const role = str('role') ?? 'both';
  const roles = Object.hasOwn(roleChoices, role) ? roleChoices[role] : undefined;
  if (!roles) throw new UsageError(`--role must be reader, writer or both; got '${role}'.`);
  const targets = (values.target as string[] | undefined) ?? [];
  for (const t of targets) assertTargetSpec(t);
  const http: Record<string, unknown> = { allowWrites: values['allow-writes'] === true, headers: (values.header as string[] | undefined) ?? [] };
  if (str('token-env') !== undefined) http.tokenEnv = str('token-env');
  if (str('signing-key') !== undefined) http.signingKey = str('signing-key');
  if (str('project-id') !== undefined) http.projectId = str('project-id');
  return {
    old: positionals[0]!,
    new: positionals[1]!,
    roles,
    targets,
    accept: str('accept'),
    formats: parseCompatFormats(str('format') ?? 'json,md'),
    reportDir: str('report-dir') ?? 'reports',
    allowUnknown: values['allow-unknown'] === true,
    timeoutMs: intFlag('timeout', str('timeout'), 10_000, 1),
    http,
  };
}

async function run(argv: string[], io: Io): Promise<number> {
  const o = optionsFrom(argv);
  // Exceptions other than usage and target errors reach the CLI root, which reports them as internal errors (exit 4).
  return runCompat({ ...o, reportDir: resolve(io.cwd, o.reportDir) }, io);
}

/** The `compat` command (SPEC §14). */
export const compatCommand: Command = {
  name: 'compat',
  usage,
  run,
};
