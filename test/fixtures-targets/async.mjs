// Correct module whose functions are all async.
import * as named from './named.mjs';

const later = (f) =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(f());
      } catch (e) {
        reject(e);
      }
    }, 1),
  );
export const validate = async (value) => later(() => named.validate(value));
export const parse = async (value) => later(() => named.parse(value));
export const serialize = async (user) => later(() => named.serialize(user));
