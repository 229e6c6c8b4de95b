/** Options of one `check` run: plain, serialisable data (it crosses into vitest workers). */
import type { DictionaryEntry } from '../../generators/data/dictionary.js';
import { redactTarget } from '../core/redact.js';

/** HTTP target options (SPEC §3.2). Secrets are never stored here: tokens are read from the environment. */
export interface HttpOptions {
  projectId: string;
  tokenEnv: string;
  signingKey?: string;
  headers: string[];
  allowWrites: boolean;
  concurrency: number;
  rate?: number;
}

export interface CheckOptions {
  /** Target spec: undefined/`reference`, `module:PATH`, `cmd:COMMAND`, `http(s)://…`. */
  target?: string;
  runs: number;
  seed: number;
  checks: string[];
  strict: boolean;
  timeoutMs: number;
  reportDir: string;
  formats: string[];
  shard?: { index: number; count: number };
  schemaPath?: string;
  /** A replay file written by an earlier failure. */
  replayPath?: string;
  http: HttpOptions;
  /** Working directory targets are resolved against. */
  cwd: string;
  /** Entries added to the hostile dictionary (the config's `dictionary`); `false` leaves the phase out (benchmarks). */
  dictionary?: readonly DictionaryEntry[] | false;
}

/** Defaults used by the CLI, the config file and the library. */
export const defaultCheckOptions: Omit<CheckOptions, 'seed' | 'cwd'> = {
  runs: 200,
  checks: [],
  strict: false,
  timeoutMs: 10_000,
  reportDir: 'reports',
  formats: ['json', 'junit', 'md', 'html'],
  http: { projectId: 'test-project', tokenEnv: 'PARAGON_USER_TOKEN', headers: [], allowWrites: false, concurrency: 4 },
};

/** The replay command prefix for these options (no secrets: tokens come from the environment). */
export function replayPrefix(o: CheckOptions): string {
  const q = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['npx', 'paragon-conformance', 'check'];
  if (o.target) parts.push('--target', q(redactTarget(o.target)));
  if (o.schemaPath) parts.push('--schema', q(o.schemaPath));
  if (o.target?.startsWith('http')) {
    if (o.http.projectId !== 'test-project') parts.push('--project-id', q(o.http.projectId));
    if (o.http.signingKey) parts.push('--signing-key', q(o.http.signingKey));
    else if (o.http.tokenEnv !== 'PARAGON_USER_TOKEN') parts.push('--token-env', q(o.http.tokenEnv));
    if (o.http.allowWrites) parts.push('--allow-writes');
    if (o.http.headers.length) parts.push('--header', "'<redacted: repeat your --header flags>'");
  }
  if (o.runs !== defaultCheckOptions.runs) parts.push('--runs', String(o.runs));
  if (o.shard) parts.push('--shard', `${o.shard.index}/${o.shard.count}`);
  if (o.strict) parts.push('--strict');
  return parts.join(' ');
}
