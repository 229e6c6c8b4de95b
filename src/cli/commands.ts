/** The command table. */
import type { Command } from './command.js';
import { generateCommand } from '../commands/generate.js';
import { checkCommand } from '../commands/check.js';

export const commands: readonly Command[] = [checkCommand, generateCommand];
