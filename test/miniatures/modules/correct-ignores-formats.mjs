// Validates the Connected User schema with an id of `format: "email"`, but treats `format` as an annotation, as JSON
// Schema 2020-12 allows by default: right or wrong depends on the reading of the spec (a spec ambiguity).
import { validate as base } from './_base.mjs';
export const validate = base;
