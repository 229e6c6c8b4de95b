/** The oracle: ajv's Ajv2020 with ajv-formats, compiled once per schema. */

import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Violation } from '../core/types.js';

/**
 * A fresh Ajv2020 instance configured as the oracle uses it. `validateSchema: false` skips checking compiled schemas
 * against the 2020-12 meta-schema (compiling the meta-schema is ~100 ms per instance): only for schemas that were
 * checked already (see {@link markMetaValid}) or that ship in this package.
 */
export function createAjv(opts: { validateSchema?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true, validateSchema: opts.validateSchema ?? true });
  addFormats.default(ajv);
  return ajv;
}

/** Verdict of the oracle for one value. */
export interface OracleResult {
  valid: boolean;
  errors: Violation[];
}

/** A compiled oracle for one schema. */
export interface Oracle {
  /** Validates a JSON value and lists every error (allErrors). */
  check(value: unknown): OracleResult;
  /** True when the value is valid. */
  isValid(value: unknown): boolean;
  /** True when the value fails with exactly one error location and `v` is among the errors there. */
  failsExactlyWith(value: unknown, v: Violation): boolean;
}

const cache = new WeakMap<object, Oracle>();
const metaValid = new WeakSet<object>();

/** Records that `schema` (this very object) is a valid 2020-12 schema, so its oracle compiles without checking it again. */
export function markMetaValid(schema: object): void {
  metaValid.add(schema);
}

/** Compiles (once per schema document) and returns the oracle. */
export function oracleFor(schema: object): Oracle {
  const hit = cache.get(schema);
  if (hit) return hit;
  const validate: ValidateFunction = createAjv({ validateSchema: !metaValid.has(schema) }).compile(schema);
  const toViolation = (e: ErrorObject): Violation => ({ instancePath: e.instancePath, keyword: e.keyword, schemaPath: e.schemaPath });
  const oracle: Oracle = {
    check(value) {
      const valid = validate(value) as boolean;
      return { valid, errors: valid ? [] : (validate.errors ?? []).map(toViolation) };
    },
    isValid(value) {
      return validate(value) as boolean;
    },
    failsExactlyWith(value, v) {
      const { valid, errors } = oracle.check(value);
      if (valid) return false;
      const sameSpot = errors.every((e) => e.instancePath === v.instancePath);
      return sameSpot && errors.some((e) => e.keyword === v.keyword && e.schemaPath === v.schemaPath);
    },
  };
  cache.set(schema, oracle);
  return oracle;
}
