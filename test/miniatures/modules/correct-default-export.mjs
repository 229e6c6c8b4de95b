// Correct: a default-exported object with the three members.
import { validate, parse, serialize } from './_base.mjs';
export default { validate, parse, serialize };
