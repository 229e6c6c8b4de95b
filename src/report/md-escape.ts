/** Markdown escaping for the step summary: report strings become inert text, code spans or fences. Pure. */
import { replaceForbiddenChars, truncate } from './text.js';

/** Longest text kept in one inline span unless the caller says otherwise. */
const MAX_INLINE = 2_000;

/** Inline code that survives backticks and `|` inside table cells; newlines become spaces. */
export function mdCode(text: string, max = MAX_INLINE): string {
  const flat = replaceForbiddenChars(truncate(text, max))
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  return longest ? `${ticks} ${flat} ${ticks}` : `${ticks}${flat}${ticks}`;
}

/** Plain Markdown text with HTML and Markdown specials neutralised (one line). */
export function mdText(text: string, max = MAX_INLINE): string {
  return replaceForbiddenChars(truncate(text, max))
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdFence(raw: string, lang = ''): string {
  const text = replaceForbiddenChars(raw);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}
