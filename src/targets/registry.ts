/** Chooses and opens a target from `--target` by kind, from one table (Bowtie-style connectors). */
import { UsageError } from '../core/errors.js';
import type { Target } from '../core/types.js';
import { openCmdTarget } from './cmd.js';
import { moduleTarget, openModuleTarget } from './module.js';

/** Options every kind of target may need. */
export interface OpenTargetOptions {
  /** Working directory: module paths resolve against it; harnesses run in it. */
  cwd: string;
  /** Per-call / per-request timeout in ms (`--timeout`). */
  timeoutMs: number;
  /** HTTP options (token, signing key, project id, headers, writes…), passed through to the HTTP target. */
  http?: unknown;
  /** Environment for tokens (HTTP) and for harness processes (cmd); default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /**
   * HOOK for the HTTP side of the embedded reference: given the reference module target, returns it with its
   * in-process HTTP service attached (`http` set, `close` stopping both). Undefined: `attachReferenceService`
   * from `src/targets/http.ts` when that module exists; `false`: the reference is module-only.
   */
  attachHttp?: ((reference: Target) => Promise<Target>) | false;
}

/** Signature `src/targets/http.ts` must export as `openHttpTarget`. */
export type OpenHttpTarget = (url: string, opts: OpenTargetOptions) => Promise<Target>;

interface Kind {
  /** As shown in help and error messages. */
  syntax: string;
  matches(spec: string): boolean;
  open(spec: string, opts: OpenTargetOptions): Promise<Target>;
}

/** Loads `src/targets/http.ts`, written separately; undefined when this build has none. */
async function httpModule(): Promise<HttpModule | undefined> {
  const specifier = './http.js'; // a variable, so the build does not require the module to exist
  try {
    return (await import(specifier)) as HttpModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url/i.test(String((e as Error).message))) return undefined;
    throw e;
  }
}

interface HttpModule {
  openHttpTarget?: OpenHttpTarget;
  attachReferenceService?: (target: Target, opts: { timeoutMs?: number }) => Promise<Target>;
}

async function openReference(opts: OpenTargetOptions): Promise<Target> {
  const mod = (await import('../reference/user.js')) as unknown as Record<string, unknown>;
  const target = moduleTarget(mod, { kind: 'reference', description: 'reference (embedded implementation)', timeoutMs: opts.timeoutMs, name: 'reference' });
  if (opts.attachHttp === false) return target;
  if (opts.attachHttp) return opts.attachHttp(target);
  const attach = (await httpModule())?.attachReferenceService;
  return attach ? attach(target, { timeoutMs: opts.timeoutMs }) : target;
}

async function openHttp(url: string, opts: OpenTargetOptions): Promise<Target> {
  const open = (await httpModule())?.openHttpTarget;
  if (!open) throw new UsageError(`http targets are not available in this build, so ${redactTarget(url)} cannot be checked. Use --target reference, module:PATH or cmd:COMMAND.`);
  return open(url, opts);
}

const prefixed = (prefix: string) => (spec: string): boolean => spec.startsWith(prefix);

/** The target kinds, in the order they are tried. */
const kinds: readonly Kind[] = [
  { syntax: 'reference (or omitted)', matches: (s) => s === 'reference', open: (_s, o) => openReference(o) },
  { syntax: 'module:PATH', matches: prefixed('module:'), open: (s, o) => openModuleTarget(s.slice('module:'.length), { cwd: o.cwd, timeoutMs: o.timeoutMs, description: redactTarget(s) }) },
  { syntax: 'cmd:COMMAND LINE', matches: prefixed('cmd:'), open: (s, o) => openCmdTarget(s.slice('cmd:'.length), { cwd: o.cwd, timeoutMs: o.timeoutMs, description: redactTarget(s), ...(o.env ? { env: o.env } : {}) }) },
  { syntax: 'http://… or https://…', matches: (s) => /^https?:\/\//i.test(s), open: openHttp },
];

/** Opens the target named by `--target` (undefined: the embedded reference). Unknown kinds are a `UsageError`. */
export async function openTarget(spec: string | undefined, opts: OpenTargetOptions): Promise<Target> {
  const s = spec?.trim() || 'reference';
  return kindOf(s).open(s, opts);
}

/** Checks the syntax of `--target` without opening anything (usage errors surface before a run starts). */
export function assertTargetSpec(spec: string | undefined): void {
  kindOf(spec?.trim() || 'reference');
}

function kindOf(s: string): Kind {
  const kind = kinds.find((k) => k.matches(s));
  if (!kind) {
    throw new UsageError(`unknown target ${JSON.stringify(redactTarget(s))}. --target takes one of: ${kinds.map((k) => k.syntax).join(', ')}.`);
  }
  if (/^module:\s*$/.test(s)) throw new UsageError('--target module: needs a path, e.g. --target module:./dist/user.js');
  if (/^cmd:\s*$/.test(s)) throw new UsageError('--target cmd: needs a command line, e.g. --target "cmd:python3 examples/python-harness/harness.py"');
  return kind;
}

const secretName = /(TOKEN|SECRET|PASSW(OR)?D|API[_-]?KEY|PRIVATE[_-]?KEY|AUTH|CREDENTIAL|SIGNING)/i;

/**
 * A target spec with secrets masked: URL credentials and secret-looking query parameters, `NAME=value`
 * environment assignments and `--flag value` pairs with secret-looking names, and bearer tokens.
 */
export function redactTarget(spec: string): string {
  if (/^https?:\/\//i.test(spec)) {
    try {
      const url = new URL(spec);
      if (url.username) url.username = '***';
      if (url.password) url.password = '***';
      for (const key of [...url.searchParams.keys()]) if (secretName.test(key)) url.searchParams.set(key, '***');
      return url.toString();
    } catch {
      return spec.replace(/\/\/[^/@]*@/, '//***@');
    }
  }
  return spec
    .replace(/\b([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g, (m, name: string) => (secretName.test(name) ? `${name}=***` : m))
    .replace(/(--?[A-Za-z][\w-]*)(=|\s+)("[^"]*"|'[^']*'|[^\s-]\S*)/g, (m, flag: string, sep: string) => (secretName.test(flag) ? `${flag}${sep}***` : m))
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***');
}
