/** `http.read.conforms`: GET answers 200, a JSON content type and a valid Connected User (also after a valid PATCH). */

import type { UserCredential } from '../../core/http.js';
import { DirectFindings } from '../../findings/direct.js';
import { generalizeLocation } from '../../findings/fingerprint.js';
import type { CheckContext, CheckDef, CheckOutcome, RunSettings } from '../types.js';
import { bodyFor, casesOf, countOf } from './cases.js';
import { endpointOf, forEachParallel, type HttpMiss, judgeUser, needsHttp, send } from './common.js';

/** Most PATCH-then-GET cases (writes allowed only). */
const maxPatchedReads = 50;

function shardedCount({ runs, shard }: Pick<RunSettings, 'runs' | 'shard'>): number {
  return Math.max(1, shard ? Math.ceil(runs / shard.count) : runs);
}

async function readOnce(ctx: CheckContext, user: UserCredential): Promise<HttpMiss | undefined> {
  const sent = await send(ctx, { method: 'GET', authorization: user.authorization });
  const judged = judgeUser(ctx, sent, (s) => s === 200, 'GET to answer 200');
  return 'miss' in judged ? judged.miss : undefined;
}

async function readAfterPatch(ctx: CheckContext, body: string): Promise<HttpMiss | undefined> {
  const user = await endpointOf(ctx).newUser();
  await send(ctx, { method: 'PATCH', body, authorization: user.authorization });
  return readOnce(ctx, user);
}

export const readConforms: CheckDef = {
  id: 'http.read.conforms',
  level: 'MUST',
  title: 'GET answers 200, a JSON content type and a valid Connected User',
  skipReason: needsHttp,
  freshUsers: (p) =>
    Math.min(p.concurrency, shardedCount(p.settings)) + (p.writes ? Math.min(maxPatchedReads, countOf(p.cases.valid(p.settings.runs, p.settings.shard))) : 0),
  async run(ctx): Promise<CheckOutcome> {
    const ep = endpointOf(ctx);
    const found = new DirectFindings('http.read.conforms', ctx.settings.maxFindings);
    const where = (kind: string, miss: HttpMiss): string => `${kind}${miss.at ? ` ${generalizeLocation(ctx.root, miss.at)}` : ''}`;
    let cases = 0;
    const stop = () => ctx.signal.aborted;
    // Plain GETs: reads change nothing, so a small pool of users serves them all.
    const total = ctx.replay ? 1 : shardedCount(ctx.settings);
    const pool = await Promise.all(Array.from({ length: Math.min(ep.concurrency, total) }, () => ep.newUser()));
    const indexes = Array.from({ length: total }, (_, i) => i);
    await forEachParallel(
      indexes,
      ep.concurrency,
      async (i) => {
        cases++;
        const miss = await readOnce(ctx, pool[i % pool.length] as UserCredential);
        if (miss) found.add(miss, where('GET', miss), { method: 'GET', path: ep.mePath });
        return miss !== undefined;
      },
      stop,
    );
    // A GET after a valid PATCH must still be a valid user (stored meta is served back correctly).
    if (ep.allowWrites && !stop()) {
      const bodies = (function* () {
        let n = 0;
        for (const c of casesOf(ctx, 'valid')) {
          if (n++ >= maxPatchedReads) return;
          yield bodyFor(c);
        }
      })();
      const width = ep.users === 'minted' ? ep.concurrency : 1;
      await forEachParallel(
        bodies,
        width,
        async ({ body, counterexample }) => {
          cases++;
          const miss = await readAfterPatch(ctx, body);
          if (miss) found.add(miss, where('GET after PATCH', miss), { method: 'PATCH then GET', body: counterexample });
          return miss !== undefined;
        },
        stop,
      );
    }
    return { cases, findings: found.findings(), ...(found.unattributed ? { unattributed: found.unattributed } : {}) };
  },
};
