/** Small text helpers the renderers share: bounded previews of values, violations and failures. */
import { escapeInvisible } from '../core/escape.js';
import type { Failure, Violation } from '../core/types.js';

/** Cuts `text` to at most `max` characters (plus a marker saying how much was cut); never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // keep astral characters whole
  return `${text.slice(0, end)}… [${text.length - end} more characters]`;
}

/** Pretty JSON of a counterexample, truncated; `undefined` (no value) renders as the word. */
export function previewJson(value: unknown, max: number): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, null, 2);
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
 * Replaces what XML 1.0 (and sane HTML) cannot carry, and every other invisible or unusual character (zero-width and
 * bidi marks, BOM, noncharacters, C1 controls, line separators), with its JSON escape; tab, LF and CR stay.
 */
export function replaceForbiddenChars(text: string): string {
  return escapeInvisible(text, { keepLineBreaks: true });
}

/** `1 warning`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary as one line: `2 failed, 1 warning, 0 errored, 2 skipped, 7 passed`. */
export function summaryLine(s: { passed: number; failed: number; skipped: number; errored: number; warnings: number }): string {
  return `${s.failed} failed, ${plural(s.warnings, 'warning')}, ${s.errored} errored, ${s.skipped} skipped, ${s.passed} passed`;
}
