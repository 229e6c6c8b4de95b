// parse returns a class instance (with a method and a private field); serialize turns it back into JSON.
import { validate } from './named.mjs';
export class User {
  #data;
  constructor(data) {
    this.#data = data;
    this.kind = 'user';
  }
  toJSON() {
    return this.#data;
  }
}
export { validate };
export function parse(value) {
  if (!validate(value)) throw new TypeError('not a Connected User');
  return new User(structuredClone(value));
}
export function serialize(user) {
  return user.toJSON();
}
