// The implementation under test: a hand-written Connected User validator and codec (no dependencies).
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (o, k) => Object.hasOwn(o, k);
const STATUSES = ['VALID', 'INVALID', 'EXPIRED'];

function validIntegration(e) {
  if (!isObject(e)) return false;
  if (has(e, 'enabled') && typeof e.enabled !== 'boolean') return false;
  if (has(e, 'credentialStatus') && !STATUSES.includes(e.credentialStatus)) return false;
  if (has(e, 'providerId') && typeof e.providerId !== 'string') return false;
  return true;
}

/** True when `u` is a Connected User (nothing is required; unknown properties are allowed). */
export function validate(u) {
  if (!isObject(u)) return false;
  if (has(u, 'id') && typeof u.id !== 'string') return false;
  if (has(u, 'authenticated') && typeof u.authenticated !== 'boolean') return false;
  if (has(u, 'meta') && (!isObject(u.meta) || !Object.values(u.meta).every((v) => typeof v === 'string'))) return false;
  if (has(u, 'integrations') && (!isObject(u.integrations) || !Object.values(u.integrations).every(validIntegration))) return false;
  return true;
}

/** Deep copy through JSON text, so own `__proto__` keys stay plain data and the input is never shared. */
const copy = (v) => JSON.parse(JSON.stringify(v));

/** Parses a JSON value into a user; throws on anything that is not a Connected User. */
export function parse(value) {
  if (!validate(value)) throw new TypeError('not a valid Connected User');
  return copy(value);
}

/** Turns a user back into a JSON value (unknown properties included). */
export function serialize(user) {
  return copy(user);
}
