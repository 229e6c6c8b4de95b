/** Values as one line of JSON with invisible and unusual characters escaped (the one escaper), for terminal and Markdown. */
import { escapeInvisible } from '../core/escape.js';
import { truncate } from '../report/text.js';

/** Plain text on one line with invisible and unusual characters (C0 controls included) written as escapes, cut at `max`. */
export function escapeUnusual(text: string, max = 600): string {
  return truncate(escapeInvisible(text), max);
}

/**
 * One-line JSON of `v` (absent: `(absent)`), unusual characters as `\uXXXX` escapes (still valid JSON), cut at `max`.
 * @example showValue({ k: '\u200b' }); // '{"k":"\\u200b"}'
 */
export function showValue(v: unknown, max = 300): string {
  if (v === undefined) return '(absent)';
  return truncate(escapeInvisible(JSON.stringify(v)), max);
}
