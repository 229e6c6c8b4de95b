/** Deliberately faulty sdk/me services: the reference handler with exactly one fault each (Bowtie-style miniatures). */
import { authFaults } from './auth.js';
import { readFaults } from './read.js';
import type { Fault } from './tools.js';
import { writeFaults } from './write.js';

export type { Fault, FaultTools } from './tools.js';

/** Every fault, each with the check id that must catch it. */
export const faults: readonly Fault[] = [...readFaults, ...authFaults, ...writeFaults];
