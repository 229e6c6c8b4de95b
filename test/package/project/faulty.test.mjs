// The vitest entry point against the faulty implementation: validate.rejects-invalid must fail.
import { conformanceSuite } from 'paragon-conformance/vitest';

conformanceSuite({ target: 'module:./src/faulty-user.mjs', runs: 20 });
