// Correct module as a default-exported object whose methods use `this`.
import * as named from './named.mjs';
export default {
  impl: named,
  validate(value) {
    return this.impl.validate(value);
  },
  parse(value) {
    return this.impl.parse(value);
  },
  serialize(user) {
    return this.impl.serialize(user);
  },
};
