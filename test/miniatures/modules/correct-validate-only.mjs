// Correct: only validate is offered; the parse and round-trip checks are skipped, not failed.
export { validate } from './_base.mjs';
