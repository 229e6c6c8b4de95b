// Fault: keys that name an inherited method (`typeof {}[k] === 'function'`: toString, valueOf, constructor …) are
// skipped as if they were not data, so the values under them are never checked.
import { makeValidate } from './_base.mjs';

export const validate = makeValidate({ entries: (o) => Object.keys(o).filter((k) => typeof {}[k] !== 'function') });
