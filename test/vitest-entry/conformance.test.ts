// The vitest entry point inside this repository's own run: one test per check id, against the example implementation
// (the module checks only: HTTP checks would be skipped for a module target).
import { checkCatalog } from '../../src/index.js';
import { conformanceSuite } from '../../src/vitest.js';

const moduleChecks = checkCatalog.filter((c) => !c.id.startsWith('http.')).map((c) => c.id);
conformanceSuite({ target: 'module:examples/vitest-project/src/connected-user.mjs', runs: 20, seed: 11, checks: moduleChecks });
