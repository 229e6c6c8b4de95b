// Wrong on purpose: validate mutates its input; serialize mutates the parsed user; parse pollutes Object.prototype.
export function validate(value) {
  if (typeof value === 'object' && value !== null) value.touched = true;
  return true;
}
export function parse(value) {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'pollute')) Object.prototype.polluted = 'yes';
  return { ...value };
}
export function serialize(user) {
  user.added = 1;
  return user;
}
