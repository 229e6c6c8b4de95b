// The library API inside ordinary tests: schema-derived arbitraries, labelled invalid users and the oracle.
import fc from 'fast-check';
import { invalidUser, oracle, validUser } from 'paragon-conformance';
import { describe, expect, it } from 'vitest';
import { parse, serialize, validate } from '../src/connected-user.mjs';

describe('connected-user', () => {
  it('accepts every valid user, as the oracle does', () => {
    fc.assert(
      fc.property(validUser({ bigMaps: false }), (user) => {
        expect(oracle.isValid(user)).toBe(true);
        expect(validate(user)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects every invalid user (the label says which constraint it breaks)', () => {
    fc.assert(
      fc.property(invalidUser(), ({ instance, violation }) => {
        expect(validate(instance), `${violation.keyword} at ${violation.instancePath}`).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips without losing data', () => {
    fc.assert(
      fc.property(validUser(), (user) => {
        expect(serialize(parse(user))).toEqual(user);
      }),
      { numRuns: 50 },
    );
  });
});
