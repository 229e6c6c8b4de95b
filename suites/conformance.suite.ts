/** The conformance suite `paragon-conformance check` runs through vitest's Node API; options arrive by `provide`. */
import { inject } from 'vitest';
import { conformanceSuite } from '../src/vitest.js';

conformanceSuite(inject('paragonCheckOptions'));
