/** Makes invisible and unusual characters visible as JSON escapes, so counterexamples read the same on every screen. */

/**
 * Controls (C0, DEL, C1), format characters (zero-width, bidi marks and isolates, BOM, tags), line and paragraph
 * separators, spaces other than U+0020, default-ignorable code points (variation selectors, fillers), lone surrogates
 * and noncharacters (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF).
 */
const unusual = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/gu;
/** The same, minus tab, line feed and carriage return (text that may span lines). */
const unusualInLines = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/gu;

const short: Readonly<Record<string, string>> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\uXXXX` for each UTF-16 unit of `c` (astral characters as their surrogate pair), lower-case hex as JSON.stringify writes. */
function escapeChar(c: string): string {
  const s = short[c];
  if (s) return s;
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** Options of {@link escapeInvisible}. */
export interface EscapeOptions {
  /** Keep tab, LF and CR as they are (multi-line messages); U+2028/U+2029 are still escaped. Default false. */
  keepLineBreaks?: boolean;
}

/**
 * Replaces invisible and unusual characters with JSON escapes (`\u0000`, `\uffff`, `\ud800`, `\u200b`, `\u202e`,
 * `\ufeff`, `\u00a0`, `\n` …) and leaves everything else (ASCII, letters of any script, emoji, combining marks) as it
 * is. Applied to JSON text it keeps the text valid JSON for the same value; backslashes are not touched.
 * @example escapeInvisible('{"\u0000a":"\uffff"}'); // '{"\\u0000a":"\\uffff"}'
 */
export function escapeInvisible(text: string, opts: EscapeOptions = {}): string {
  return text.replace(opts.keepLineBreaks ? unusualInLines : unusual, escapeChar);
}
