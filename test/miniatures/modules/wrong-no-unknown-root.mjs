// Fault: valid data rejected — unknown root properties refused (the schema allows them).
import { validate as base } from './_base.mjs';

const known = ['id', 'meta', 'authenticated', 'integrations'];
export const validate = (u) => base(u) && Object.keys(u).every((k) => known.includes(k));
