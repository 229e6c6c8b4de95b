// Correct: every function is async.
import * as base from './_base.mjs';

const tick = () => new Promise((r) => setImmediate(r));
export async function validate(v) {
  await tick();
  return base.validate(v);
}
export async function parse(v) {
  await tick();
  return base.parse(v);
}
export async function serialize(u) {
  await tick();
  return base.serialize(u);
}
