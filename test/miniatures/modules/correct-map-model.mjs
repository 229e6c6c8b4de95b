// Correct: the model keeps meta and integrations in JavaScript Maps and numbers as they came; any key is data.
import { isObject, own, validate } from './_base.mjs';

export { validate };

const toMap = (o) => new Map(Object.entries(o));
export function parse(value) {
  if (!validate(value)) throw new Error('not a valid Connected User');
  const user = JSON.parse(JSON.stringify(value));
  if (own(user, 'meta')) user.meta = toMap(user.meta);
  if (own(user, 'integrations')) user.integrations = toMap(user.integrations);
  return user;
}
export function serialize(user) {
  const out = Object.fromEntries(Object.entries(user).map(([k, v]) => [k, v instanceof Map ? Object.fromEntries(v) : v]));
  return isObject(out) ? out : user;
}
