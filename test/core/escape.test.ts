// One escaping for counterexamples everywhere: invisible and unusual characters become JSON escapes, the rest stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInvisible } from '../../src/core/escape.js';

/** Characters a reader cannot see or tell apart (one of each family the function must escape). */
const hidden: [string, string][] = [
  ['\u0000', '\\u0000'],
  ['\u0007', '\\u0007'],
  ['\u007f', '\\u007f'],
  ['\u0085', '\\u0085'],
  ['\uffff', '\\uffff'],
  ['\ufffe', '\\ufffe'],
  ['\ufdd0', '\\ufdd0'],
  ['\u{10ffff}', '\\udbff\\udfff'],
  ['\u{1fffe}', '\\ud83f\\udffe'],
  ['\ud800', '\\ud800'],
  ['\udc00', '\\udc00'],
  ['\u200b', '\\u200b'],
  ['\u200d', '\\u200d'],
  ['\u200e', '\\u200e'],
  ['\u202e', '\\u202e'],
  ['\u2066', '\\u2066'],
  ['\ufeff', '\\ufeff'],
  ['\u2028', '\\u2028'],
  ['\u2029', '\\u2029'],
  ['\u00a0', '\\u00a0'],
  ['\u3000', '\\u3000'],
  ['\u00ad', '\\u00ad'],
  ['\n', '\\n'],
  ['\t', '\\t'],
];

describe('escapeInvisible', () => {
  it.each(hidden)('escapes %j as %s', (c, escaped) => {
    expect(escapeInvisible(`a${c}b`)).toBe(`a${escaped}b`);
  });

  it('leaves visible text alone: ASCII, letters of any script, emoji, combining marks, backslashes', () => {
    for (const s of ['plain text', 'é', 'e\u0301', '日本語', 'مرحبا', '😀', 'ＶＡＬＩＤ', 'a\\u0000b', '{"a":[1,true,null]}'])
      expect(escapeInvisible(s)).toBe(s);
  });

  it('keeps tab, LF and CR when asked (multi-line text), still escaping U+2028 and U+2029', () => {
    expect(escapeInvisible('a\tb\nc\r\u2028\u0000', { keepLineBreaks: true })).toBe('a\tb\nc\r\\u2028\\u0000');
  });

  it('on JSON text keeps valid JSON for the same value, with nothing hidden left; applying it twice changes nothing', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), // lone surrogates included
      fc.constantFrom(...hidden.map(([c]) => c)),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    const text = fc.array(unit, { maxLength: 8 }).map((parts) => parts.join(''));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(text, tie('v'), { maxKeys: 3 })),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        const json = JSON.stringify(v);
        const out = escapeInvisible(json);
        expect(JSON.parse(out)).toEqual(JSON.parse(json));
        expect(out).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\u00a0]/u);
        expect(escapeInvisible(out)).toBe(out);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
