/** `npm run bench`: every benchmark in one run, figures and ratios side by side. */
import { benchCheck } from './check.js';

const sections: [string, () => Promise<string[] | string>][] = [
  ['generators', async () => (await import('./generators.js')).benchGenerators()],
  ['check', benchCheck],
  ['dictionary', async () => (await import('./dictionary.js')).benchDictionary()],
  ['generate', async () => (await import('./generate.js')).benchGenerate()],
  ['startup', async () => (await import('./startup.js')).benchStartup()],
  ['http', async () => (await import('./http.js')).benchHttp()],
  ['compat', async () => (await import('./compat.js')).benchCompat()],
  ['targets', async () => (await import('./targets.js')).benchTargets()],
  ['proxy', async () => (await import('./proxy.js')).benchProxy()],
];

const only = process.argv.slice(2);
for (const [name, run] of sections) {
  if (only.length && !only.includes(name)) continue;
  const out = await run();
  process.stdout.write(`${Array.isArray(out) ? out.join('\n') : out}\n\n`);
}
