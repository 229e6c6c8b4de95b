/** The `module:PATH` target: an ES module's validate/parse/serialize, called in-process on fresh parses (SPEC §3). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TargetError } from '../core/errors.js';
import type { Observed, Op, ParseOutcome, Target } from '../core/types.js';
import { importModule } from './import-module.js';

/** Options of a module target. */
export interface ModuleTargetOptions {
  /** Directory a relative path is resolved against (default: `process.cwd()`). */
  cwd?: string;
  /** Per-call timeout for async functions, in ms. */
  timeoutMs: number;
  /** Kind reported by the target (default `module`; the reference target passes `reference`). */
  kind?: string;
  /** Description (default `module:PATH`). */
  description?: string;
}

type Fn = (value: unknown) => unknown;
interface Api {
  validate?: Fn;
  parse?: Fn;
  serialize?: Fn;
}
const names = ['validate', 'parse', 'serialize'] as const;

/** Picks the functions from named exports, else from a default-exported object (methods stay bound to it). */
function apiOf(mod: Record<string, unknown>): Api {
  const fromNamed: Api = {};
  for (const n of names) if (typeof mod[n] === 'function') fromNamed[n] = mod[n] as Fn;
  if (Object.keys(fromNamed).length > 0) return fromNamed;
  const def = mod.default as Record<string, unknown> | undefined;
  const api: Api = {};
  if ((typeof def === 'object' || typeof def === 'function') && def !== null) {
    for (const n of names) if (typeof def[n] === 'function') api[n] = (def[n] as Fn).bind(def);
  }
  return api;
}

const isThenable = (x: unknown): x is PromiseLike<unknown> =>
  (typeof x === 'object' || typeof x === 'function') && x !== null && typeof (x as { then?: unknown }).then === 'function';

/** Calls `fn`; an async result must settle within `timeoutMs` or the call is a target error. */
async function call(fn: Fn, value: unknown, what: string, timeoutMs: number): Promise<unknown> {
  const r = fn(value);
  if (!isThenable(r)) return r;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TargetError(`${what} did not settle within ${timeoutMs} ms. Make it settle, or raise --timeout.`, what)), timeoutMs);
  });
  try {
    return await Promise.race([r, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Text of anything thrown: an Error's message, else its JSON or string form. */
export function thrownMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** JSON text of a value, or undefined when it has none (cycles, BigInt, functions, undefined). */
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Loads the module and returns a target over the ops it exports. Throws `TargetError` when it cannot. */
export async function openModuleTarget(path: string, opts: ModuleTargetOptions): Promise<Target> {
  const file = resolve(opts.cwd ?? process.cwd(), path);
  if (!existsSync(file)) {
    throw new TargetError(
      `module ${path} not found (looked at ${file}). Pass --target module:PATH with a path to a .js, .mjs or .ts file, relative to the working directory.`,
    );
  }
  let mod: Record<string, unknown>;
  try {
    mod = await importModule(file);
  } catch (e) {
    throw new TargetError(
      `cannot import module ${path}: ${thrownMessage(e)}. Fix the module so that \`node\` can import it (ES module syntax; .js, .mjs or .ts).`,
    );
  }
  return moduleTarget(mod, { description: `module:${path}`, ...opts, name: path });
}

/**
 * A target over an already imported module namespace (or any object with validate/parse/serialize).
 * Throws `TargetError` when it offers no operation; `name` is used in that message.
 */
export function moduleTarget(mod: Record<string, unknown>, opts: ModuleTargetOptions & { name?: string }): Target {
  const api = apiOf(mod);
  const ops = new Set<Op>();
  if (api.validate) ops.add('validate');
  if (api.parse) ops.add('parse');
  if (api.parse && api.serialize) ops.add('roundtrip');
  if (ops.size === 0) {
    const found = Object.keys(mod).sort().join(', ') || 'nothing';
    const hint = api.serialize ? ' (serialize alone is not enough: it needs parse)' : '';
    throw new TargetError(
      `module ${opts.name ?? ''} offers no operation${hint}; it exports ${found}. Export validate(value), parse(value) and/or serialize(user), as named exports or as members of a default-exported object.`,
    );
  }
  const t = opts.timeoutMs;
  const target: Target = {
    kind: opts.kind ?? 'module',
    description: opts.description ?? `module:${opts.name ?? '(in memory)'}`,
    ops,
    inProcess: true,
    async close() {},
  };
  if (api.validate) {
    const validate = api.validate;
    target.validate = async (json: string): Promise<Observed<unknown>> => {
      const value: unknown = JSON.parse(json);
      const started = performance.now();
      const result = await call(validate, value, 'validate', t);
      return { result, given: [{ label: 'validate input', before: json, after: value }], latencyMs: performance.now() - started };
    };
  }
  if (api.parse) {
    const parse = api.parse;
    target.parse = async (json: string): Promise<Observed<ParseOutcome>> => {
      const value: unknown = JSON.parse(json);
      const started = performance.now();
      const result = await parseOutcome(parse, value, t);
      return { result, given: [{ label: 'parse input', before: json, after: value }], latencyMs: performance.now() - started };
    };
    if (api.serialize) target.roundtrip = roundtripOp(parse, api.serialize, t);
  }
  return target;
}

/** parse(value): the returned value, or `rejected` with the message of whatever it threw or rejected with. */
async function parseOutcome(parse: Fn, value: unknown, timeoutMs: number): Promise<ParseOutcome> {
  try {
    return { ok: true, output: await call(parse, value, 'parse', timeoutMs) };
  } catch (e) {
    if (e instanceof TargetError) throw e;
    return { ok: false, rejected: thrownMessage(e) };
  }
}

/** serialize(parse(value)); the output is a JSON copy of serialize's result (not JSON at all: a marker string). */
function roundtripOp(parse: Fn, serialize: Fn, timeoutMs: number) {
  return async (json: string): Promise<Observed<ParseOutcome>> => {
    const value: unknown = JSON.parse(json);
    const given: NonNullable<Observed<unknown>['given']> = [{ label: 'parse input', before: json, after: value }];
    const started = performance.now();
    const parsed = await parseOutcome(parse, value, timeoutMs);
    if (!parsed.ok) return { result: parsed, given, latencyMs: performance.now() - started };
    const user = parsed.output;
    const userText = jsonText(user);
    if (userText !== undefined) given.push({ label: 'serialize input (the parsed user)', before: userText, after: user });
    const out = await call(serialize, user, 'serialize', timeoutMs);
    const latencyMs = performance.now() - started;
    let text: string | undefined;
    let why = 'serialize returned undefined';
    try {
      text = JSON.stringify(out);
    } catch (e) {
      why = `serialize returned a value JSON cannot represent (${thrownMessage(e)})`;
    }
    const output: unknown = text === undefined ? `<not JSON: ${why}>` : JSON.parse(text);
    return { result: { ok: true, output }, given, latencyMs };
  };
}
