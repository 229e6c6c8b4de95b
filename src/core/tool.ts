/** The tool's own name and version, read from package.json. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const toolName: string = pkg.name;
export const toolVersion: string = pkg.version;
