/**
 * Bundles the compiled CLI and the vitest worker's suite (after `tsc`): each process then loads a few files instead of
 * ~300 small modules (this package's and ajv's), which halves their start-up. Other packages stay external; the
 * library entry points (`dist/src/index.js`, `dist/src/vitest.js`) are not bundled.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'bundle');

/** ajv and the packages it requires: many small CommonJS files, inlined. Everything else bare stays an import. */
const inlined = /^(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse|require-from-string)(\/|$)/;
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:[\\/]/.test(id);

rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: {
    cli: join(dist, 'src/cli/main.js'),
    vitest: join(dist, 'src/vitest.js'),
    'conformance.suite': join(dist, 'suites/conformance.suite.js'),
    'early-worker': join(dist, 'src/engine/early-worker.js'),
    // Found next to the chunk that starts its threads (`core/worker-file.ts`).
    'generate-worker': join(dist, 'src/fixtures/generate-worker.js'),
    // Likewise `minter-worker.js` (the thread that mints user tokens ahead).
    'minter-worker': join(dist, 'src/http/minter-worker.js'),
  },
  platform: 'node',
  external: (id) => isBare(id) && !inlined.test(id),
  logLevel: 'warn',
});
try {
  await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js' });
} finally {
  await bundle.close();
}
// Read at run time next to the code that reads it (`createRequire(import.meta.url)('./dictionary.json')`).
copyFileSync(join(dist, 'generators/data/dictionary.json'), join(out, 'dictionary.json'));
