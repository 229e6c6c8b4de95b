/** A per-run record of the HTTP exchanges the checks made: status counts and the first server errors. */

import type { ExchangeLog } from '../core/http.js';
import { redact } from '../core/redact.js';
import type { HttpExchange } from '../core/types.js';

/** One logged server error: what was sent, what came back. */
export interface LoggedError {
  exchange: HttpExchange;
}

/** Status counts and the first few 5xx exchanges of a run. */
export class ExchangeRecorder implements ExchangeLog {
  /** Responses seen, by status class (`2xx`, `4xx`, …). */
  readonly counts = new Map<string, number>();
  private readonly errors: HttpExchange[] = [];
  private errorCount = 0;

  constructor(private readonly keep = 20) {}

  /** Requests sent with a good user credential, and how many of those were answered 401/403. */
  authorised = 0;
  authorisedRefused = 0;

  /** Records one response status; `exchange` (already redacted) is only built for server errors. */
  record(status: number, exchange: () => HttpExchange, authorised = false): void {
    const cls = `${Math.floor(status / 100)}xx`;
    this.counts.set(cls, (this.counts.get(cls) ?? 0) + 1);
    if (authorised) {
      this.authorised++;
      if (status === 401 || status === 403) this.authorisedRefused++;
    }
    if (status >= 500) {
      this.errorCount++;
      if (this.errors.length < this.keep) this.errors.push(exchange());
    }
  }

  /** Total responses recorded. */
  get total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /** The first `keep` 5xx exchanges. */
  serverErrors(): readonly HttpExchange[] {
    return this.errors;
  }

  /** How many 5xx responses were seen in all. */
  get serverErrorCount(): number {
    return this.errorCount;
  }
}

/** Longest request/response body kept in an exchange. */
export const excerptChars = 2000;

const cut = (text: string): string => (text.length > excerptChars ? `${text.slice(0, excerptChars)}… (${text.length} chars)` : text);

/** The report form of one exchange: Authorization redacted, bodies cut, secrets scrubbed from the response. */
export function exchangeOf(
  call: { method: string; path: string; body?: string; authorization: string | null },
  res: { status: number; contentType?: string; body: string } | undefined,
  secrets: readonly string[],
): HttpExchange {
  const token = call.authorization?.replace(/^\S+\s+/, '');
  const scrub = (t: string) => redact(t, [call.authorization ?? '', token ?? '', ...secrets]);
  return {
    request: {
      method: call.method,
      path: call.path,
      ...(call.authorization !== null ? { headers: { authorization: call.authorization.startsWith('Bearer ') ? 'Bearer [REDACTED]' : '[REDACTED]' } } : {}),
      ...(call.body !== undefined ? { body: scrub(cut(call.body)) } : {}),
    },
    ...(res ? { response: { status: res.status, ...(res.contentType ? { contentType: res.contentType } : {}), bodyExcerpt: scrub(cut(res.body)) } } : {}),
  };
}
