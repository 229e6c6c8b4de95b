// Correct: parse returns class instances; serialize turns them back into JSON.
import { copy, validate } from './_base.mjs';

class Integration {
  constructor(data) {
    for (const k of Object.keys(data)) Object.defineProperty(this, k, { value: data[k], enumerable: true, writable: true, configurable: true });
  }
}
class ConnectedUser {
  constructor(data) {
    this.data = copy(data);
    if (this.data.integrations) {
      const m = {};
      for (const k of Object.keys(this.data.integrations))
        Object.defineProperty(m, k, { value: new Integration(this.data.integrations[k]), enumerable: true, writable: true, configurable: true });
      this.data.integrations = m;
    }
  }
  toJSON() {
    return this.data;
  }
}
export function validateUser(v) {
  return validate(v);
}
export { validate };
export function parse(v) {
  if (!validate(v)) throw new Error('invalid Connected User');
  return new ConnectedUser(v);
}
export const serialize = (u) => JSON.parse(JSON.stringify(u));
