/** The conformance suite `paragon-conformance check` runs through vitest's Node API; resolved options arrive by `provide`. */
import { inject } from 'vitest';
import { registerSuite } from '../src/vitest.js';

registerSuite(inject('paragonCheckOptions'), true);
