/**
 * The entry of the vitest worker that the CLI starts early (`prefork.ts`): builds the run's cases (the `PARAGON_WARM`
 * spec) and loads the code the suite runs while the CLI is still starting vitest, then loads vitest's own fork-worker
 * entry (argv[2]) and says it is ready. A failure of the warm-up is ignored: the suite then builds its own cases.
 */
import { mark } from '../core/trace.js';
import { applyEnv, type EnvMessage, readyMessage } from './prefork.js';
import { warmMint } from './warm-mint.js';
import { type WarmSpec, warmEnv } from './warm-spec.js';

// On adoption the CLI sends vitest's environment for its workers, before vitest's own first message.
const onEnv = (m: unknown): void => {
  if (typeof m === 'object' && m !== null && 'paragonEnv' in m) {
    applyEnv((m as EnvMessage).paragonEnv);
    process.off('message', onEnv);
  }
};
process.on('message', onEnv);
const text = process.env[warmEnv];
delete process.env[warmEnv];
mark('worker warming');
const spec = ((): WarmSpec | undefined => {
  try {
    return text ? (JSON.parse(text) as WarmSpec) : undefined;
  } catch {
    return undefined; // not warmed: prepareRun builds the cases itself
  }
})();
// Minting starts first, before the suite's code is even loaded: its thread signs while this one loads it and builds the
// cases (the modules imported above are the few it needs).
const minting = spec ? await warmMint(spec).catch(() => undefined) : undefined;
await import('./run.js');
const { warmUp, warmUsers } = await import('./warm.js');
if (spec) {
  try {
    const cases = warmUp(spec);
    if (cases) minting?.(warmUsers(spec, cases));
  } catch {
    // not warmed: prepareRun builds the cases itself
  }
}
mark('worker warm');
const entry = process.argv[2];
if (entry) await import(entry);
process.send?.(readyMessage);
