// Fault: strings go through a text decoder that strips a leading byte-order mark, as if each one started a file.
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const out = (v) =>
  typeof v === 'string'
    ? v.replace(/^\ufeff/, '')
    : Array.isArray(v)
      ? v.map(out)
      : isObject(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)]))
        : v;
export const serialize = (user) => out(user);
