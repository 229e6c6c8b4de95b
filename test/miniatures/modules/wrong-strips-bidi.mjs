// Fault: a "Trojan Source" sanitiser removes bidi marks, embeddings, overrides and isolates from every string value.
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const bidi = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const out = (v) =>
  typeof v === 'string'
    ? v.replace(bidi, '')
    : Array.isArray(v)
      ? v.map(out)
      : isObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)]))
        : v;
export const serialize = (user) => out(user);
