// Uses every library export as a consumer would, from the installed tarball; prints one JSON line.
import fc from 'fast-check';
import { check, checkCatalog, exitCode, invalidUser, oracle, oracleFor, validUser } from 'paragon-conformance';

const users = fc.sample(validUser(), { numRuns: 20, seed: 7 });
const invalid = fc.sample(invalidUser(), { numRuns: 20, seed: 7 });
const pending = oracle.check({ integrations: { a: { credentialStatus: 'PENDING' } } });
const other = oracleFor({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['id'] });
const report = await check({ target: 'module:./src/connected-user.mjs', runs: 20, seed: 5 });
const faulty = await check({ target: 'module:./src/faulty-user.mjs', runs: 20, seed: 5, checks: ['validate.rejects-invalid'] });

console.log(
  JSON.stringify({
    validAccepted: users.every((u) => oracle.isValid(u)),
    invalidRejected: invalid.every(({ instance, violation }) => !oracle.isValid(instance) && oracle.failsExactlyWith(instance, violation)),
    pendingErrors: pending.errors,
    otherSchema: [other.isValid({ id: 'x' }), other.isValid({})],
    checks: checkCatalog.length,
    verdict: report.verdict,
    exit: exitCode(report),
    statuses: Object.fromEntries(report.checks.map((c) => [c.id, c.status])),
    faulty: { verdict: faulty.verdict, failed: faulty.checks.filter((c) => c.status === 'failed').map((c) => c.id) },
  }),
);
