/**
 * Classes of keys and values that real implementations get wrong (SPEC §10, §12): a fingerprint names the class of a
 * key or value where it matters, never the concrete text, so the same bug has the same fingerprint on every seed.
 */
import { codePoints } from '../../generators/arb/text.js';

/** Names on `Object.prototype` (own properties of it, as in every JS engine), plus `__proto__` itself. */
const prototypeNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/** JSON Schema keywords: keys named like them confuse implementations that walk schema and data alike. */
const schemaKeywords = new Set([
  '$ref',
  '$id',
  '$schema',
  '$defs',
  '$anchor',
  '$dynamicRef',
  'type',
  'properties',
  'additionalProperties',
  'items',
  'required',
  'enum',
  'const',
  'definitions',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'patternProperties',
  'format',
]);

const noncharacter =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const lineTerminator = /[\n\r\u2028\u2029]/;
const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;
const combining = /\p{M}/u;
const jsonLooking = /^\s*(\{.*\}|\[.*\]|null|true|false|-?\d+(\.\d+)?([eE][+-]?\d+)?)\s*$/s;
const pathOrUrl = /^(\/|\.\.?\/|[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|file:|[A-Za-z]:\\)/;

/**
 * The class of a string (a key or a value), most specific first: `__proto__`, `prototype-name`, `empty`, `nul`,
 * `lone-surrogate`, `noncharacter`, `line-terminator`, `tab`, `control`, `bom`, `invisible`, `pointer-syntax`,
 * `schema-keyword`, `json-looking`, `path-or-url`, `padded`, `combining`, `long`, `non-ascii`, `plain`.
 * @example stringClass('\u0000a'); // 'nul'
 */
export function stringClass(s: string): string {
  if (s === '__proto__') return '__proto__';
  if (prototypeNames.has(s)) return 'prototype-name';
  if (s === '') return 'empty';
  if (s.includes('\u0000')) return 'nul';
  if (loneSurrogate.test(s)) return 'lone-surrogate';
  if (noncharacter.test(s)) return 'noncharacter';
  if (lineTerminator.test(s)) return 'line-terminator';
  if (s.includes('\t')) return 'tab';
  if (control.test(s)) return 'control';
  if (s.includes('\uFEFF')) return 'bom';
  if (invisible.test(s)) return 'invisible';
  if (s.includes('~') || s.includes('/')) return pathOrUrl.test(s) ? 'path-or-url' : 'pointer-syntax';
  if (schemaKeywords.has(s)) return 'schema-keyword';
  if (jsonLooking.test(s)) return 'json-looking';
  if (s.trim() !== s || s.trim() === '') return 'padded';
  if (combining.test(s)) return 'combining';
  if (codePoints(s) >= 256) return 'long';
  if (/[^\u0000-\u007F]/.test(s)) return 'non-ascii';
  return 'plain';
}

/**
 * The class of a JSON value: its JSON type, refined where implementations differ (`-0`, unsafe integers, numbers
 * that lose precision, empty containers, objects shadowing prototype methods) and the string class for strings.
 * @example valueClass({ toString: 1 }); // 'object-shadowing-prototype'
 */
export function valueClass(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (Object.is(v, -0)) return 'negative-zero';
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? 'integer' : 'unsafe-integer';
    if (Math.abs(v) >= 1e300 || (v !== 0 && Math.abs(v) < 1e-300)) return 'extreme-number';
    return String(v)
      .replace(/^-/, '')
      .replace(/[.e].*$/, '').length +
      (String(v).split('.')[1]?.length ?? 0) >=
      16
      ? 'precise-number'
      : 'number';
  }
  if (typeof v === 'string') return `string:${stringClass(v)}`;
  if (Array.isArray(v)) return v.length === 0 ? 'empty-array' : 'array';
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return 'empty-object';
    return keys.some((k) => prototypeNames.has(k)) ? 'object-shadowing-prototype' : 'object';
  }
  return typeof v;
}

/** Latin letters and their common look-alikes in other scripts (Cyrillic, Greek): enough to name a homoglyph near miss. */
const lookAlikes: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Υ: 'Y',
  Ζ: 'Z',
};

/**
 * How a string misses an enum of strings: `enum-case`, `enum-padded`, `enum-nul`, `enum-compat-form` (fullwidth and
 * other compatibility forms), `enum-lookalike` (homoglyphs), `enum-truncated`/`enum-extended`, `enum-other` (another plain word); else its string class.
 * @example enumMissClass(' VALID', ['VALID', 'INVALID']); // 'enum-padded'
 */
export function enumMissClass(v: string, allowed: readonly string[]): string {
  const has = (f: (a: string) => boolean) => allowed.some(f);
  if (has((a) => a.toLowerCase() === v.toLowerCase())) return 'enum-case';
  if (has((a) => a === v.trim())) return 'enum-padded';
  if (has((a) => a === v.replace(/\u0000/g, ''))) return 'enum-nul';
  if (has((a) => a === v.normalize('NFKC') || a.toLowerCase() === v.normalize('NFKC').toLowerCase())) return 'enum-compat-form';
  const latin = [...v].map((c) => lookAlikes[c] ?? c).join('');
  if (latin !== v && has((a) => a === latin || a.toLowerCase() === latin.toLowerCase())) return 'enum-lookalike';
  if (has((a) => a.startsWith(v) && v.length > 0)) return 'enum-truncated';
  if (has((a) => v.startsWith(a))) return 'enum-extended';
  const cls = stringClass(v);
  return cls === 'plain' ? 'enum-other' : cls;
}
