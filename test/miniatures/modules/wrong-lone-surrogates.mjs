// Fault: strings must be well-formed UTF-16, so a lone surrogate ("\ud800", a legal JSON escape) makes a valid user invalid.
import { validate as base, isObject } from './_base.mjs';

const wellFormed = (v) =>
  typeof v === 'string'
    ? v.isWellFormed()
    : Array.isArray(v)
      ? v.every(wellFormed)
      : isObject(v)
        ? Object.entries(v).every(([k, x]) => k.isWellFormed() && wellFormed(x))
        : true;
export const validate = (u) => wellFormed(u) && base(u);
