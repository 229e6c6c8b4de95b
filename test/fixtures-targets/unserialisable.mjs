// Wrong on purpose: serialize returns values JSON cannot represent.
export const parse = (v) => v;
export function serialize(user) {
  if (Object.hasOwn(user, 'undef')) return undefined;
  const cyclic = { user };
  cyclic.self = cyclic;
  return Object.hasOwn(user, 'big') ? { n: 10n } : cyclic;
}
