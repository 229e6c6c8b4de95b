// Fault: the decoder pairs a high surrogate with whatever \u escape follows it, checking neither that the second is a
// low surrogate: "\ud800\ud800" becomes U+10000 and "\udbff\u0000" U+10FC00 (Ruby's JSON parser does this).
import { isObject, parse, validate } from './_base.mjs';

export { parse, validate };

const careless = /[\ud800-\udbff][\u0000-\u001f\ud800-\udfff]/g;
const pair = (s) => s.replace(careless, (m) => String.fromCodePoint(0x10000 + (m.charCodeAt(0) - 0xd800) * 0x400 + (m.charCodeAt(1) & 0x3ff)));
const out = (v) =>
  typeof v === 'string' ? pair(v) : Array.isArray(v) ? v.map(out) : isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [pair(k), out(x)])) : v;
export const serialize = (user) => out(user);
