// Fault: data changed in the round trip — strings are NFC-normalised.
import { copy, parse, validate } from './_base.mjs';

export { parse, validate };

const nfc = (v) =>
  typeof v === 'string'
    ? v.normalize('NFC')
    : Array.isArray(v)
      ? v.map(nfc)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfc(x)]))
        : v;
export const serialize = (user) => copy(nfc(user));
