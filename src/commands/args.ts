/** Flag parsing shared by the commands: node's parseArgs in strict mode, errors turned into exit-2 messages. */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags: values by long name, and positionals. */
export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Parses `argv` against `options`; unknown flags and missing values become `UsageError`s naming the flag. */
export function parseFlags(command: string, argv: string[], options: Options, allowPositionals = false): Parsed {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals }) as Parsed;
  } catch (e) {
    const raw = (e as Error).message;
    const ambiguous = /Option '(--[\w-]+)[^']*' argument is ambiguous/.exec(raw);
    if (ambiguous)
      throw new UsageError(
        `${ambiguous[1]} got a value starting with '-': write ${ambiguous[1]}=VALUE if you mean it (counts such as --runs and --count must be >= 0). Run \`paragon-conformance ${command} --help\` for the options.`,
      );
    const msg = raw.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${msg}. Run \`paragon-conformance ${command} --help\` for the options.`);
  }
}

/** Parses a non-negative integer flag value, naming the flag on error. */
export function intFlag(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${name} must be an integer >= ${min}, got '${value}'.`);
  }
  return Number(value);
}

/**
 * Makes sure the directory a flag names can be written before the run starts, or what the run found would be lost:
 * `cannot write <what> DIR (CODE). Pass a writable directory to FLAG.`
 */
export function writableDir(dir: string, flag: string, what = 'to'): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new UsageError(`cannot write ${what} ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Pass a writable directory to ${flag}.`);
  }
}
