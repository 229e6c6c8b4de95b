/**
 * The library entry point (`import … from 'paragon-conformance'`): generators, the oracle and the in-process gate for
 * use inside other test suites. It never imports vitest; the vitest entry point is `paragon-conformance/vitest`.
 */
import type fc from 'fast-check';
import { type InvalidOptions, type InvalidValue, invalidArbitrary, type ValidOptions, validArbitrary } from '../generators/index.js';
import { allChecks } from './checks/index.js';
import type { Level, Report } from './core/types.js';
import { type RunHooks, runConformance } from './engine/runner.js';
import { resolveCheckOptions } from './options/resolve.js';
import type { CheckInput } from './options/types.js';
import { allFormats, type Format } from './report/formats.js';
import { exitCodeFor } from './report/verdict.js';
import { writeReports as writeAll } from './report/write.js';
import { loadSchema } from './schema/load.js';
import { oracleFor as compileOracle, type Oracle } from './schema/oracle.js';

export type { InvalidOptions, InvalidValue, ValidOptions } from '../generators/index.js';
// The errors `check` and the generators throw (their TSDoc is on the classes): UsageError = bad options or schema.
export { TargetError, UsageError } from './core/errors.js';
export type { Case, CheckResult, CheckStatus, CoverageEntry, Failure, Level, Op, ParseOutcome, Report, Target, Verdict, Violation } from './core/types.js';
export type { RunObserver } from './engine/events.js';
export type { RunHooks } from './engine/runner.js';
export type { CheckInput, CheckOptions, HttpOptions } from './options/types.js';
export type { Format } from './report/formats.js';
export type { Oracle, OracleResult } from './schema/oracle.js';

/** Which schema a generator follows: a parsed JSON Schema 2020-12 document, or the path of a schema file. */
export interface SchemaOption {
  /** Default: the embedded Connected User schema. A path is read (and meta-validated) relative to the working directory. */
  schema?: object | string;
}

/** Options of {@link validUser}: the schema plus the generator's size knobs (big maps, big strings, recursion depth). */
export type ValidUserOptions = ValidOptions & SchemaOption;
/** Options of {@link invalidUser}: as {@link ValidUserOptions}, plus `confirm` (re-check each value with the oracle). */
export type InvalidUserOptions = InvalidOptions & SchemaOption;

let embedded: Record<string, unknown> | undefined;
/** The embedded schema document, read once (the oracle cache is keyed by this object). */
const embeddedDocument = (): Record<string, unknown> => (embedded ??= loadSchema().document);
const documentOf = (schema: object | string | undefined): object =>
  schema === undefined ? embeddedDocument() : typeof schema === 'string' ? loadSchema(schema).document : schema;

/**
 * A fast-check arbitrary of valid Connected Users, compiled from the schema: every location reachable, every enum value,
 * hostile keys (`__proto__`, `constructor`, `""`, unicode …), empty/long/astral/combining strings, unknown extra properties.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { validUser } from 'paragon-conformance';
 * fc.assert(fc.property(validUser(), (user) => myValidate(user) === true));
 * fc.assert(fc.property(validUser({ bigMaps: false, bigStrings: false }), (user) => roundTrips(user)));
 * ```
 */
export function validUser(opts: ValidUserOptions = {}): fc.Arbitrary<unknown> {
  const { schema, ...rest } = opts;
  return validArbitrary(documentOf(schema), rest);
}

/**
 * A fast-check arbitrary of invalid Connected Users: a valid user with exactly one fault, labelled with the violation
 * the oracle reports (`{instancePath, keyword, schemaPath}`) and the mutation operator used.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { invalidUser } from 'paragon-conformance';
 * fc.assert(fc.property(invalidUser(), ({ instance, violation }) => {
 *   expect(myValidate(instance), `${violation.keyword} at ${violation.instancePath}`).toBe(false);
 * }));
 * ```
 */
export function invalidUser(opts: InvalidUserOptions = {}): fc.Arbitrary<InvalidValue> {
  const { schema, ...rest } = opts;
  return invalidArbitrary(documentOf(schema), rest);
}

/**
 * The oracle for the embedded Connected User schema: ajv's `Ajv2020` with ajv-formats, compiled on first use.
 *
 * @example
 * ```ts
 * import { oracle } from 'paragon-conformance';
 * oracle.isValid({ meta: { plan: 'pro' } });                        // true
 * oracle.check({ integrations: { a: { credentialStatus: 'PENDING' } } }).errors;
 * // [{ instancePath: '/integrations/a/credentialStatus', keyword: 'enum', schemaPath: '#/$defs/…/enum' }]
 * ```
 */
export const oracle: Oracle = {
  check: (value) => compileOracle(embeddedDocument()).check(value),
  isValid: (value) => compileOracle(embeddedDocument()).isValid(value),
  failsExactlyWith: (value, v) => compileOracle(embeddedDocument()).failsExactlyWith(value, v),
};

/**
 * The oracle for another schema (a parsed document, or a file path); compiled once per document object.
 *
 * @example
 * ```ts
 * import { oracleFor } from 'paragon-conformance';
 * const next = oracleFor('schemas/connected-user.v2.schema.json');
 * next.isValid({});
 * ```
 */
export function oracleFor(schema: object | string): Oracle {
  return compileOracle(documentOf(schema));
}

/**
 * Runs the conformance checks in this process (the same checks and policy as `paragon-conformance check`, inline) and
 * resolves to the report. Options default as on the command line (`targets` or `target`; `seed` defaults to
 * `$PARAGON_SEED` or a random one, in the report; `cwd`, what `module:` paths resolve against, to `process.cwd()`),
 * except that the checks run inline, not through vitest. No report files are written; the baseline
 * (`paragon-conformance.baseline.json` in `cwd`, or `baselinePath`) is applied when present.
 * Rejects with {@link UsageError} for bad options; target errors are in the report (`verdict: 'error'`).
 *
 * @example
 * ```ts
 * import { check } from 'paragon-conformance';
 * const report = await check({ target: 'module:./src/connected-user.js', runs: 100, seed: 42 });
 * if (report.verdict !== 'conformant') console.log(report.checks.filter((c) => c.status === 'failed'));
 * ```
 */
export async function check(options: CheckInput = {}, hooks: RunHooks = {}): Promise<Report> {
  const env = hooks.env ?? process.env;
  return runConformance(resolveCheckOptions([{ runner: 'inline' }, options], { cwd: process.cwd(), env }), hooks);
}

/** One entry of {@link checkCatalog}. */
export interface CheckInfo {
  id: string;
  level: Level;
  title: string;
}

/**
 * Every check the suite runs, in report order (SPEC §4), for selecting with `checks: [id…]`.
 *
 * @example
 * ```ts
 * import { checkCatalog } from 'paragon-conformance';
 * const mustIds = checkCatalog.filter((c) => c.level === 'MUST').map((c) => c.id);
 * ```
 */
export const checkCatalog: readonly CheckInfo[] = allChecks.map(({ id, level, title }) => ({ id, level, title }));

/**
 * The CLI's exit code for a report: 0 conformant, 1 non-conformant, 3 error, 4 an error that is a bug in paragon-conformance.
 *
 * @example
 * ```ts
 * import { check, exitCode } from 'paragon-conformance';
 * process.exitCode = exitCode(await check({ target: 'module:./impl.mjs' }));
 * ```
 */
export function exitCode(report: Pick<Report, 'verdict'> & { errors?: Report['errors'] }): 0 | 1 | 3 | 4 {
  return exitCodeFor(report);
}

/**
 * Writes a report as the CLI does (atomically; `conformance.json`, `junit.xml`, `conformance.md`, `conformance.html`)
 * and resolves to the absolute paths written. `secrets` are redacted from every file.
 *
 * @example
 * ```ts
 * import { check, writeReports } from 'paragon-conformance';
 * await writeReports(await check({ target: 'module:./impl.mjs' }), 'reports', ['json', 'md']);
 * ```
 */
export function writeReports(report: Report, dir = 'reports', formats: readonly Format[] = allFormats, secrets: readonly string[] = []): Promise<string[]> {
  return writeAll(report, dir, formats, { secrets });
}
