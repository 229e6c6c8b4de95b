/** Hostile and boundary strings/keys, as data: the values JSON implementations most often get wrong. */

/** Object keys that break naive implementations (prototype names, pointer syntax, whitespace, unicode). */
export const hostileKeys: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  '.',
  '$',
  '/',
  '~',
  '~1',
  '#',
  'a.b',
  'a/b',
  '$ref',
  ' ',
  ' padded ',
  'with space',
  '\t',
  'é',
  'e\u0301',
  '日本',
  '😀',
  '\u200b',
  'null',
  'true',
  '0',
  '-1',
  '1e3',
];

/** Strings that are valid JSON strings yet trip up parsers, normalisers and loose comparisons. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '  padded  ',
  '\tpadded\n',
  '123',
  '-0',
  '1e3',
  '0x1F',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'é',
  'e\u0301',
  'A\u030A',
  '\u1100\u1161\u11A8',
  '😀',
  '👩‍👩‍👧',
  '\uD834\uDD1E',
  '日本語',
  'مرحبا',
  '\u200b',
  '\u0000',
  '\\',
  '"',
  '</script>',
  '{"a":1}',
  '__proto__',
  'ẞ',
  'ﬁ',
  '\u2028',
];

/** Strings that look like other JSON types or like near enum values: the classic near misses. */
export const nearMissStrings: readonly string[] = ['true', 'false', '', 'null', '0', '1', '123', '1.5', 'PENDING', 'UNKNOWN'];

/** Non-string near misses (numbers and literals standing in for strings/booleans). */
export const nearMissScalars: readonly unknown[] = [0, 1, 123, -1, 1.5, true, false, null];

/** Variants of an enum string that must be rejected when not in the enum (case, padding, truncation). */
export function enumVariants(s: string): string[] {
  const out = [s.toLowerCase(), s.toUpperCase(), ` ${s}`, `${s} `, s.slice(0, -1), `${s}S`, s.normalize('NFD')];
  if (s.length > 0) out.push(s[0]!.toUpperCase() + s.slice(1).toLowerCase());
  return out;
}

/** Candidates for a string that does not match a pattern (checked against the pattern before use). */
export const patternMisses: readonly string[] = ['', ' ', '!', '-', '0', 'a', 'A', 'é', '😀', '\n', 'aaaaaaaaaaaaaaaaaaaa', '0000000000', 'a b', '_', '~'];
