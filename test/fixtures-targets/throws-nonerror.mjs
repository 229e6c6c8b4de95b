// Wrong on purpose in style: parse throws a plain string, the async variant rejects with an object.
import { validate } from './named.mjs';
export function parse(value) {
  if (!validate(value)) throw 'nope: not a user';
  return value;
}
export const serialize = async (user) => {
  if (Object.hasOwn(user, 'reject')) throw { code: 42, why: 'object rejection' };
  return user;
};
