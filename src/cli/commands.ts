/** The command table. */

import { auditCommand } from '../commands/audit.js';
import { checkCommand } from '../commands/check.js';
import type { Command } from '../commands/command.js';
import { compatCommand } from '../commands/compat.js';
import { diffReportsCommand } from '../commands/diff-reports.js';
import { fixturesCommand } from '../commands/fixtures.js';
import { generateCommand } from '../commands/generate.js';
import { mergeReportsCommand } from '../commands/merge-reports.js';
import { proxyCommand } from '../commands/proxy.js';
import { serveCommand } from '../commands/serve.js';

export const commands: readonly Command[] = [
  checkCommand,
  generateCommand,
  mergeReportsCommand,
  diffReportsCommand,
  serveCommand,
  compatCommand,
  fixturesCommand,
  proxyCommand,
  auditCommand,
];
