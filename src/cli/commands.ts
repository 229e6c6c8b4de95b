/**
 * The command table: names and one-line summaries here, each command's module loaded only when it runs, so a run
 * pays for the imports of its own command alone (`generate` never loads vitest, HTTP or the report renderers).
 */
import type { Command } from '../commands/command.js';

/** One row of the table: what `--help` lists, and how to load the command. */
export interface CommandEntry {
  name: string;
  /** One line for `--help`. */
  summary: string;
  load(): Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'check',
    summary: 'run the conformance checks against one or more targets (the CI gate)',
    load: async () => (await import('../commands/check.js')).checkCommand,
  },
  {
    name: 'generate',
    summary: 'stream reproducible valid or labelled invalid Connected Users (ndjson, json, JSON-Schema-Test-Suite)',
    load: async () => (await import('../commands/generate.js')).generateCommand,
  },
  {
    name: 'merge-reports',
    summary: 'join shard reports (check --shard I/N) into one report',
    load: async () => (await import('../commands/merge-reports.js')).mergeReportsCommand,
  },
  {
    name: 'diff-reports',
    summary: 'new, fixed and unchanged findings between two reports (by fingerprint)',
    load: async () => (await import('../commands/diff-reports.js')).diffReportsCommand,
  },
  {
    name: 'serve',
    summary: 'run the reference sdk/me HTTP service (a local stand-in for Paragon)',
    load: async () => (await import('../commands/serve.js')).serveCommand,
  },
  {
    name: 'compat',
    summary: 'which changes between two schema versions break readers or writers, with minimal witnesses',
    load: async () => (await import('../commands/compat.js')).compatCommand,
  },
  {
    name: 'fixtures',
    summary: 'fixtures check PATH…: are committed fixtures still valid / still invalid with the same label?',
    load: async () => (await import('../commands/fixtures.js')).fixturesCommand,
  },
  {
    name: 'proxy',
    summary: 'forward live sdk/me traffic unchanged and judge it (report on Ctrl-C or --duration)',
    load: async () => (await import('../commands/proxy.js')).proxyCommand,
  },
  {
    name: 'audit',
    summary: 'judge recorded traffic (HAR files, ndjson exchange logs) like the proxy does',
    load: async () => (await import('../commands/audit.js')).auditCommand,
  },
];
