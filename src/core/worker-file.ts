/** Where a worker thread's compiled code is: next to the module that starts it (bundled or not), else in `dist/`. */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packagePath } from './paths.js';

/**
 * The URL of worker file `name` (e.g. `generate-worker.js`) for the module at `from` (its `import.meta.url`): beside
 * it once compiled, bundled or not; the compiled `dist/<compiled>` when the module runs from sources (tests).
 */
export function workerFile(from: string, name: string, compiled: string): URL {
  const here = new URL(`./${name}`, from);
  return existsSync(fileURLToPath(here)) ? here : pathToFileURL(packagePath('dist', compiled));
}
