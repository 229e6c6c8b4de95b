/** Flags shared by `proxy` and `audit`: report directory and formats, fixtures, schema, body limit. */
import { resolve } from 'node:path';
import { allFormats, parseFormats } from '../report/formats.js';
import { type LoadedSchema, loadSchema } from '../schema/load.js';
import { defaultCaptureLimit } from '../traffic/capture.js';
import type { TrafficOutput } from '../traffic/session.js';
import { intFlag, type Parsed, writableDir } from './args.js';

/** The parseArgs table of the shared flags. */
export const trafficFlags = {
  'report-dir': { type: 'string' },
  format: { type: 'string' },
  fixtures: { type: 'string' },
  schema: { type: 'string' },
  'max-body': { type: 'string' },
} as const;

/** Usage lines of the shared flags. */
export const trafficUsage = `  --report-dir DIR    where reports go (default reports/)
  --format LIST       json,junit,md,html (default all)
  --fixtures DIR      write the minimal fixture of every schema violation there (<fingerprint>.ndjson)
  --schema FILE       another version of the Connected User schema
  --max-body BYTES    largest body judged (default ${defaultCaptureLimit}); bigger ones are counted, not judged
`;

/** What the shared flags say. */
export interface TrafficSettings {
  output: TrafficOutput;
  schema: LoadedSchema;
  captureLimit: number;
}

/** Reads the shared flags; usage errors (exit 2) name the flag and what to do. */
export function trafficSettings(values: Parsed['values'], cwd: string): TrafficSettings {
  const str = (k: keyof typeof trafficFlags) => values[k] as string | undefined;
  const schemaPath = str('schema');
  const schema = loadSchema(schemaPath === undefined ? undefined : resolve(cwd, schemaPath));
  const reportDir = resolve(cwd, str('report-dir') ?? 'reports');
  writableDir(reportDir, '--report-dir');
  const fixturesDir = str('fixtures');
  if (fixturesDir !== undefined) writableDir(resolve(cwd, fixturesDir), '--fixtures');
  const formats = str('format') === undefined ? [...allFormats] : parseFormats(str('format')!);
  const captureLimit = intFlag('max-body', str('max-body'), defaultCaptureLimit, 1);
  return { output: { reportDir, formats, cwd, ...(fixturesDir !== undefined ? { fixturesDir } : {}) }, schema, captureLimit };
}
