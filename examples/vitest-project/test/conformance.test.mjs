// The whole paragon-conformance suite, one vitest test per check id, against this project's implementation.
import { conformanceSuite } from 'paragon-conformance/vitest';

conformanceSuite({ target: 'module:./src/connected-user.mjs', runs: 100 });
