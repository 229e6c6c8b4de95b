// Fault: map values are looked up through JSON Pointers whose tokens are unescaped in the wrong order (~0 before ~1,
// the trap RFC 6901 warns about): the key "~1" resolves to "/", nothing is found there, and its value is never checked.
import { isObject, makeValidate } from './_base.mjs';

const escapeToken = (k) => k.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeWrongOrder = (t) => t.replaceAll('~0', '~').replaceAll('~1', '/');
/** The keys whose values the validator finds again through their pointer. */
const entries = (o) => Object.keys(o).filter((k) => Object.hasOwn(o, unescapeWrongOrder(escapeToken(k))) && unescapeWrongOrder(escapeToken(k)) === k);

export const validate = makeValidate({ isObj: isObject, entries });
