/** Values as one line of JSON with invisible and unusual characters escaped, for terminal and Markdown output. */
import { truncate } from '../report/text.js';

// C1 controls, soft hyphen, zero-width and bidi marks, line/paragraph separators, BOM, noncharacters, lone surrogates.
const unusual =
  /[\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Plain text with C0 controls and the unusual characters above written as `\uXXXX` (one line, cut at `max`). */
export function escapeUnusual(text: string, max = 600): string {
  return truncate(text.replace(unusual, hex).replace(/[\u0000-\u001F]/g, hex), max);
}

/**
 * One-line JSON of `v` (absent: `(absent)`), unusual characters as `\uXXXX` escapes (still valid JSON), cut at `max`.
 * @example showValue({ k: '\u200b' }); // '{"k":"\\u200b"}'
 */
export function showValue(v: unknown, max = 300): string {
  if (v === undefined) return '(absent)';
  const text = JSON.stringify(v).replace(unusual, hex);
  return truncate(text, max);
}
