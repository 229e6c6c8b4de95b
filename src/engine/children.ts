/** Stops this process's child processes (vitest workers, harnesses) before a forced exit, so none is left running. */
import { readdirSync, readFileSync } from 'node:fs';

/** Process ids whose parent is `pid` (Linux /proc; empty elsewhere). */
function childrenOf(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(e));
    } catch {
      /* gone already */
    }
  }
  return out;
}

/** Kills every descendant of this process (deepest first). */
export function killDescendants(pid = process.pid): void {
  for (const child of childrenOf(pid)) {
    killDescendants(child);
    try {
      process.kill(child, 'SIGKILL');
    } catch {
      /* gone already */
    }
  }
}
