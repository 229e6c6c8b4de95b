// Correct: a default-exported object with the three members.
import { parse, serialize, validate } from './_base.mjs';
export default { validate, parse, serialize };
