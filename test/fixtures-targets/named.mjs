// Correct module with named exports (a tiny hand-written Connected User validator).
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
export function validate(value) {
  if (!isObject(value)) return false;
  if (Object.hasOwn(value, 'id') && typeof value.id !== 'string') return false;
  if (Object.hasOwn(value, 'authenticated') && typeof value.authenticated !== 'boolean') return false;
  if (Object.hasOwn(value, 'meta') && (!isObject(value.meta) || Object.values(value.meta).some((v) => typeof v !== 'string'))) return false;
  return true;
}
export function parse(value) {
  if (!validate(value)) throw new Error('invalid Connected User');
  return JSON.parse(JSON.stringify(value));
}
export function serialize(user) {
  return JSON.parse(JSON.stringify(user));
}
