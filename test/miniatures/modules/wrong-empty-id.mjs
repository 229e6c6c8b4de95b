// Fault: valid data rejected — an empty-string id refused.
import { validate as base } from './_base.mjs';
export const validate = (u) => base(u) && u.id !== '';
