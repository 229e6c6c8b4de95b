/** The command table. */
import type { Command } from './command.js';
import { generateCommand } from '../commands/generate.js';
import { checkCommand } from '../commands/check.js';
import { mergeReportsCommand } from '../commands/merge-reports.js';
import { serveCommand } from '../commands/serve.js';

export const commands: readonly Command[] = [checkCommand, generateCommand, mergeReportsCommand, serveCommand];
