/** The command table. */

import { auditCommand } from '../commands/audit.js';
import { checkCommand } from '../commands/check.js';
import { generateCommand } from '../commands/generate.js';
import { mergeReportsCommand } from '../commands/merge-reports.js';
import { proxyCommand } from '../commands/proxy.js';
import { serveCommand } from '../commands/serve.js';
import type { Command } from './command.js';

export const commands: readonly Command[] = [checkCommand, generateCommand, mergeReportsCommand, serveCommand, proxyCommand, auditCommand];
