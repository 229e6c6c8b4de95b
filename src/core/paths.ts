/** Where the package lives, whether running from `dist/` (built) or from sources (tests). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'paragon-conformance') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('paragon-conformance: cannot find the package root (package.json)');
    dir = up;
  }
}

/** The package root: the folder with package.json, schemas/ and dist/. */
export const packageRoot: string = findRoot();

/** A path inside the package. */
export const packagePath = (...parts: string[]): string => join(packageRoot, ...parts);
