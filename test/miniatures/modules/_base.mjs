// A hand-written, correct Connected User implementation that the miniatures bend one fault at a time.
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const own = (o, k) => Object.hasOwn(o, k);
export const STATUSES = ['VALID', 'INVALID', 'EXPIRED'];

export function validIntegration(e, statuses = STATUSES) {
  if (!isObject(e)) return false;
  if (own(e, 'enabled') && typeof e.enabled !== 'boolean') return false;
  if (own(e, 'credentialStatus') && !statuses.includes(e.credentialStatus)) return false;
  if (own(e, 'providerId') && typeof e.providerId !== 'string') return false;
  return true;
}

/** Options let a miniature swap one piece for a faulty one. */
export function makeValidate({
  isObj = isObject,
  integration = validIntegration,
  metaValue = (v) => typeof v === 'string',
  entries = (o) => Object.keys(o),
} = {}) {
  return function validate(u) {
    if (!isObj(u)) return false;
    if (own(u, 'id') && typeof u.id !== 'string') return false;
    if (own(u, 'authenticated') && typeof u.authenticated !== 'boolean') return false;
    if (own(u, 'meta')) {
      if (!isObj(u.meta)) return false;
      for (const k of entries(u.meta)) if (!metaValue(u.meta[k])) return false;
    }
    if (own(u, 'integrations')) {
      if (!isObj(u.integrations)) return false;
      for (const k of entries(u.integrations)) if (!integration(u.integrations[k])) return false;
    }
    return true;
  };
}

export const validate = makeValidate();

/** Deep copy through JSON text: own `__proto__` keys survive as data. */
export const copy = (v) => JSON.parse(JSON.stringify(v));

export function parse(value) {
  if (!validate(value)) throw new Error('not a valid Connected User');
  return copy(value);
}

export function serialize(user) {
  return copy(user);
}
