/** Chooses and opens a target from `--target` by kind, from one table (Bowtie-style connectors). */
import { UsageError } from '../core/errors.js';
import { redactTarget } from '../core/redact.js';
import type { Target } from '../core/types.js';
import { openCmdTarget } from './cmd.js';
import { attachReferenceService, openHttpTarget } from './http.js';
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
   * The HTTP side of the embedded reference: given the reference module target, returns it with its in-process HTTP
   * service attached (`http` set, `close` stopping both). Undefined: `attachReferenceService`; `false`: module-only.
   */
  attachHttp?: ((reference: Target) => Promise<Target>) | false;
}

interface Kind {
  /** As shown in help and error messages. */
  syntax: string;
  matches(spec: string): boolean;
  open(spec: string, opts: OpenTargetOptions): Promise<Target>;
}

async function openReference(opts: OpenTargetOptions): Promise<Target> {
  const mod = (await import('../reference/user.js')) as unknown as Record<string, unknown>;
  const target = moduleTarget(mod, { kind: 'reference', description: 'reference (embedded implementation)', timeoutMs: opts.timeoutMs, name: 'reference' });
  if (opts.attachHttp === false) return target;
  if (opts.attachHttp) return opts.attachHttp(target);
  return attachReferenceService(target, { timeoutMs: opts.timeoutMs });
}

const prefixed =
  (prefix: string) =>
  (spec: string): boolean =>
    spec.startsWith(prefix);

/** The target kinds, in the order they are tried. */
const kinds: readonly Kind[] = [
  { syntax: 'reference (or omitted)', matches: (s) => s === 'reference', open: (_s, o) => openReference(o) },
  {
    syntax: 'module:PATH',
    matches: prefixed('module:'),
    open: (s, o) => openModuleTarget(s.slice('module:'.length), { cwd: o.cwd, timeoutMs: o.timeoutMs, description: redactTarget(s) }),
  },
  {
    syntax: 'cmd:COMMAND LINE',
    matches: prefixed('cmd:'),
    open: (s, o) =>
      openCmdTarget(s.slice('cmd:'.length), { cwd: o.cwd, timeoutMs: o.timeoutMs, description: redactTarget(s), ...(o.env ? { env: o.env } : {}) }),
  },
  { syntax: 'http://… or https://…', matches: (s) => /^https?:\/\//i.test(s), open: (s, o) => openHttpTarget(s, o) },
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
