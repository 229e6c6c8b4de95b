/** Imports a target's ES module natively; `.ts`/`.mts` files are bundled to JS first (Node 20 cannot strip types). */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `import()` of an absolute file URL. */
const nativeImport = (specifier: string): Promise<Record<string, unknown>> => import(specifier) as Promise<Record<string, unknown>>;

const isTypeScript = (file: string): boolean => /\.(c|m)?tsx?$/.test(file);

/** True for specifiers resolved by Node at run time (packages, `node:` builtins), not bundled. */
const isBare = (id: string): boolean => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('file:') && !id.startsWith('\0');

/** Bundles a TypeScript module and its relative imports into one ES module text (packages stay external). */
export async function transpileTypeScript(file: string): Promise<string> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: file,
    platform: 'node',
    external: (id) => isBare(id),
    resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] } },
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Imports an absolute module path. The transpiled JS of a TypeScript module is written beside the source (so its
 * package imports resolve from the same `node_modules`), imported, and removed; a temp dir is the fallback.
 */
export async function importModule(file: string): Promise<Record<string, unknown>> {
  if (!isTypeScript(file)) return nativeImport(pathToFileURL(file).href);
  const code = await transpileTypeScript(file);
  const name = `.${basename(file)}.paragon-${randomBytes(4).toString('hex')}.mjs`;
  let out = join(dirname(file), name);
  let cleanup = (): Promise<void> => rm(out, { force: true });
  try {
    await writeFile(out, code);
  } catch {
    const dir = await mkdtemp(join(tmpdir(), 'paragon-ts-'));
    out = join(dir, name);
    cleanup = () => rm(dir, { recursive: true, force: true });
    await writeFile(out, code);
  }
  try {
    return await nativeImport(pathToFileURL(out).href);
  } finally {
    await cleanup();
  }
}
