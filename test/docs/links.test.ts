// Relative links in README.md, docs/*.md and the examples' READMEs point at files that exist (anchors at headings).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync('examples')
    .map((d) => `examples/${d}/README.md`)
    .filter((f) => existsSync(f)),
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

describe.each(files)('%s', (file) => {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));

  it('every relative link resolves', () => {
    const broken = links.filter((l) => {
      const [path, anchor] = l.split('#') as [string, string | undefined];
      const target = path === '' ? file : join(dirname(file), path);
      if (!existsSync(target)) return true;
      if (!anchor || !target.endsWith('.md')) return false;
      const headings = [...readFileSync(target, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]!.replace(/`/g, '')));
      return !headings.includes(anchor);
    });
    expect(broken).toEqual([]);
  });
});
