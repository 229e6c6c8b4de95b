/** The values no output may show: the user token (from its environment variable) and `--header` values. */
import { MIN_SECRET_LENGTH } from '../core/redact.js';
import type { CheckOptions } from './types.js';

/** Secrets of a run, for the one redactor. */
export function secretsOf(o: CheckOptions, env: NodeJS.ProcessEnv): string[] {
  const token = env[o.http.tokenEnv];
  const headerValues = o.http.headers.map((h) => h.slice(h.indexOf(':') + 1).trim());
  return [token, ...headerValues].filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH);
}
