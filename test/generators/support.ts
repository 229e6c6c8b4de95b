/** Shared test helpers for the generator tests: the embedded schema and its oracle. */
import { loadSchema } from '../../src/schema/load.js';
import { oracleFor } from '../../src/schema/oracle.js';

/** The embedded Connected User schema document. */
export const userSchema = loadSchema().document;

/** The oracle for the embedded schema. */
export const userOracle = oracleFor(userSchema);

/** Calls `visit` on every object (with its path) inside a JSON value. */
export function eachObject(v: unknown, visit: (o: object, path: string[]) => void, path: string[] = []): void {
  if (Array.isArray(v))
    v.forEach((x, i) => {
      eachObject(x, visit, [...path, String(i)]);
    });
  else if (v !== null && typeof v === 'object') {
    visit(v, path);
    for (const [k, x] of Object.entries(v)) eachObject(x, visit, [...path, k]);
  }
}
