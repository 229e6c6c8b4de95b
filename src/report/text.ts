/** Small text helpers the renderers share: bounded previews of values, violations and failures. */
import { escapeInvisible } from '../core/escape.js';
import type { Failure, Violation } from '../core/types.js';

/**
 * Cuts `text` to at most `max` characters (plus a marker saying how much was cut); never splits a surrogate pair.
 * `total` is the length of the whole text when `text` is already a prefix of it.
 */
export function truncate(text: string, max: number, total = text.length): string {
  if (total <= max) return text;
  let end = Math.min(max, text.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // keep astral characters whole
  return `${text.slice(0, end)}… [${total - end} more characters]`;
}

/**
 * A copy of a JSON value small enough to print: strings cut at `max` characters (saying how many more there were),
 * containers cut once about `budget` characters are spent (saying how many more items). Huge values cost O(budget).
 */
export function clipJson(value: unknown, max: number, budget = { left: max * 2 }): unknown {
  if (typeof value === 'string') {
    budget.left -= Math.min(value.length, max) + 2;
    return value.length > max ? truncate(value, max) : value;
  }
  if (value === null || typeof value !== 'object') {
    budget.left -= 8;
    return value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) {
        out.push(`… ${value.length - out.length} more items`);
        break;
      }
      out.push(clipJson(item, max, budget));
    }
    return out;
  }
  // A null prototype keeps `__proto__` keys as own data properties.
  const out = Object.create(null) as Record<string, unknown>;
  const keys = Object.keys(value);
  for (const [i, k] of keys.entries()) {
    if (budget.left <= 0) {
      out['…'] = `${keys.length - i} more properties`;
      break;
    }
    budget.left -= Math.min(k.length, max) + 4;
    out[k.length > max ? truncate(k, max) : k] = clipJson((value as Record<string, unknown>)[k], max, budget);
  }
  return out;
}

/** A short label: `text` cut at `max` characters with a plain `…` (for table heads and captions; never splits a pair). */
export function ellipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.charCodeAt(max - 2) >= 0xd800 && text.charCodeAt(max - 2) <= 0xdbff ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** Pretty JSON of a counterexample, at most `max` characters; `undefined` (no value) renders as the word. */
export function previewJson(value: unknown, max: number): string {
  let text: string | undefined;
  try {
    // Strings get a little less than the whole preview so the structure around them still shows.
    text = JSON.stringify(clipJson(value, Math.max(16, Math.floor(max * 0.8))), null, 2);
  } catch {
    text = String(value);
  }
  return truncate(text ?? 'undefined', max);
}

/** `keyword at /instance/path (schemaPath)`, the way the CLI prints a violated constraint (invisible key characters escaped). */
export function describeViolation(v: Violation): string {
  return `${v.keyword} at ${escapeInvisible(v.instancePath) || '(root)'} (${v.schemaPath})`;
}

/** Plain-text block describing one failure: counterexample, violation, expected/actual, HTTP exchange, replay. */
export function failureText(f: Failure, maxValue: number): string {
  const lines = [`Counterexample:\n${previewJson(f.counterexample, maxValue)}`];
  if (f.violation) lines.push(`Violation: ${describeViolation(f.violation)}`);
  lines.push(`Expected: ${truncate(f.expected, maxValue)}`, `Actual: ${truncate(f.actual, maxValue)}`);
  if (f.http) {
    const { request, response } = f.http;
    lines.push(`Request: ${request.method} ${request.path}`);
    if (response)
      lines.push(
        `Response: ${response.status}${response.contentType ? ` ${response.contentType}` : ''}${response.bodyExcerpt ? `\n${truncate(response.bodyExcerpt, maxValue)}` : ''}`,
      );
  }
  lines.push(`Replay: ${f.replay}`);
  return lines.join('\n');
}

/** Milliseconds as seconds with millisecond precision, the unit JUnit uses. */
export function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

/**
 * Every UTF-16 unit that `escapeInvisible` may escape (a superset: surrogates send all astral text the slow way). A test
 * walks the whole BMP to keep this in step with the Unicode tables of the running engine.
 */
export const MAYBE_UNUSUAL =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: single UTF-16 units are tested here, not grapheme clusters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ud800-\udfff\ufdd0-\ufdef\ufe00-\ufe0f\ufeff\uffa0\ufff0-\uffff]/;

/**
 * Replaces what XML 1.0 (and sane HTML) cannot carry, and every other invisible or unusual character (zero-width and
 * bidi marks, BOM, noncharacters, C1 controls, line separators), with its JSON escape; tab, LF and CR stay.
 */
export function replaceForbiddenChars(text: string): string {
  // Fast path: most text holds none of these, and the Unicode-property scan is slow on long text.
  if (!MAYBE_UNUSUAL.test(text)) return text;
  return escapeInvisible(text, { keepLineBreaks: true });
}

/** `1 warning`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary as one line: `2 failed, 1 warning, 0 errored, 2 skipped, 7 passed` (and `, 1 known` when a baseline accepted some). */
export function summaryLine(s: { passed: number; failed: number; skipped: number; errored: number; warnings: number; known?: number }): string {
  const known = s.known ? `, ${s.known} known` : '';
  return `${s.failed} failed, ${plural(s.warnings, 'warning')}, ${s.errored} errored, ${s.skipped} skipped, ${s.passed} passed${known}`;
}
