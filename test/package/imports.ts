/** Walks the static import graph of built ES modules, to prove which packages an entry point pulls in. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Only real statements (at a line start): `import … from 'x'`, `export … from 'x'`, `import 'x'`, `await import('x')`.
const statement = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The bare (package) specifiers reachable from `entry` through relative imports, and how many files were read. */
export function bareImports(entry: string): { packages: string[]; files: number } {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of text.matchAll(statement)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  walk(resolve(entry));
  return { packages: [...bare].sort(), files: seen.size };
}

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`, `node:fs` stays). */
export const packageOf = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
