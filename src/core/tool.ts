/** The tool's own name and version, read from package.json. */
import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name: string; version: string };

export const toolName: string = pkg.name;
export const toolVersion: string = pkg.version;
