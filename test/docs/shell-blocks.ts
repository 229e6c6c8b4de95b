/**
 * Reads the runnable commands out of Markdown `sh` blocks, with the doc-test conventions the README states:
 * `# exit N` expects exit code N (default 0), `# doc-test: skip` and `npm …` lines are not run, a trailing `&`
 * starts a background process. Pure: text in, commands out.
 */

/** One command of a `sh` block. */
export interface DocCommand {
  /** Markdown file and 1-based line of the command's first line. */
  file: string;
  line: number;
  /** The command, comment stripped, continuation lines joined. */
  command: string;
  expectedExit: number;
  background: boolean;
  /** Why it is not run (npm, doc-test: skip), if it is not. */
  skip?: string;
}

/** Splits a shell line at its first comment (`#` after whitespace, outside quotes). */
export function splitComment(line: string): { code: string; comment: string } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 1).trim() };
  }
  return { code: line.trimEnd(), comment: '' };
}

/** The fenced blocks of a Markdown text whose info string is `lang`, with the line number of their first content line. */
export function fencedBlocks(markdown: string, lang: string): { line: number; lines: string[] }[] {
  const out: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  let inOther = false;
  markdown.split('\n').forEach((text, i) => {
    const fence = /^\s*```\s*([\w-]*)/.exec(text);
    if (fence && !current && !inOther) {
      if (fence[1] === lang) current = { line: i + 2, lines: [] };
      else inOther = true;
    } else if (fence && /^\s*```\s*$/.test(text)) {
      if (current) out.push(current);
      current = undefined;
      inOther = false;
    } else if (current) current.lines.push(text);
  });
  return out;
}

/** Every command of the `sh` blocks of one Markdown file. */
export function shellCommands(markdown: string, file: string): DocCommand[] {
  const commands: DocCommand[] = [];
  for (const block of fencedBlocks(markdown, 'sh')) {
    let pending: { line: number; parts: string[] } | undefined;
    block.lines.forEach((raw, i) => {
      const line = block.line + i;
      if (!pending && (raw.trim() === '' || raw.trim().startsWith('#'))) return;
      const continued = /\\\s*$/.test(raw) && !splitComment(raw).comment;
      const acc = pending ?? { line, parts: [] };
      if (continued) {
        acc.parts.push(raw.replace(/\\\s*$/, '').trim());
        pending = acc;
        return;
      }
      pending = undefined;
      const { code, comment } = splitComment(raw.trim());
      const command = [...acc.parts, code].join(' ').trim();
      const exit = /^exit (\d+)\b/.exec(comment);
      const background = /[^&]&$/.test(command);
      const skip = /^doc-test: skip/.test(comment) ? 'marked doc-test: skip' : /^npm\s/.test(command) ? 'npm commands run in CI' : undefined;
      commands.push({
        file,
        line: acc.line,
        command: background ? command.slice(0, -1).trim() : command,
        expectedExit: exit ? Number(exit[1]) : 0,
        background,
        ...(skip ? { skip } : {}),
      });
    });
  }
  return commands;
}
