// Fault: valid data rejected — id treated as required ({} is valid per the schema).
import { validate as base, own } from './_base.mjs';
export const validate = (u) => base(u) && own(u, 'id');
