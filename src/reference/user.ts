/** The embedded reference implementation of a Connected User module: correct by construction (oracle-backed). */
import { loadSchema } from '../schema/load.js';
import { type Oracle, oracleFor } from '../schema/oracle.js';

/** Status of one integration of a Connected User (`#/$defs/UserIntegration`); unknown members are kept. */
export interface UserIntegration {
  enabled?: boolean;
  credentialStatus?: 'VALID' | 'INVALID' | 'EXPIRED';
  providerId?: string;
  [unknown: string]: unknown;
}

/** A Paragon Connected User; nothing is required and unknown members are kept. */
export interface ConnectedUser {
  id?: string;
  meta?: Record<string, string>;
  authenticated?: boolean;
  integrations?: Record<string, UserIntegration>;
  [unknown: string]: unknown;
}

let oracle: Oracle | undefined;
function theOracle(): Oracle {
  oracle ??= oracleFor(loadSchema().document);
  return oracle;
}

/** Deep, independent copy through JSON text: `JSON.parse` creates `__proto__` as a plain own property. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** True when `value` is a valid Connected User. Never throws; false for non-objects and non-JSON values. */
export function validate(value: unknown): boolean {
  const o = theOracle(); // a schema that cannot load is a usage error, not a `false`
  try {
    return o.isValid(value);
  } catch {
    return false;
  }
}

/** Parses a JSON value into a Connected User (a deep copy). Throws an `Error` naming the violations when invalid. */
export function parse(value: unknown): ConnectedUser {
  const { valid, errors } = theOracle().check(value);
  if (!valid) {
    const why = errors.map((e) => `${e.instancePath || '/'}: ${e.keyword} (${e.schemaPath})`).join('; ');
    throw new Error(`not a valid Connected User: ${why}`);
  }
  return jsonCopy(value as ConnectedUser);
}

/** Serializes a Connected User to a plain JSON value (a deep copy; unknown properties kept). */
export function serialize(user: ConnectedUser): unknown {
  return jsonCopy(user);
}
