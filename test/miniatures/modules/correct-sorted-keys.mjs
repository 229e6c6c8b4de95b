// Correct: serialize sorts keys (key order never matters).
import { parse, validate } from './_base.mjs';

export { parse, validate };

const sort = (v) =>
  Array.isArray(v)
    ? v.map(sort)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sort(v[k])]),
        )
      : v;
export const serialize = (u) => sort(u);
