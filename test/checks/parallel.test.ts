// The HTTP checks' loop: a case's judging (a `Later`) runs after its lane has started the next case, so this process
// judges while the service answers; a Later that says stop stops the loop, and a throwing one fails it.
import { describe, expect, it } from 'vitest';
import { forEachParallel } from '../../src/checks/http/common.js';

describe('forEachParallel', () => {
  it('judges a case after its lane has started the next one, and judges every case', async () => {
    const events: string[] = [];
    await forEachParallel([1, 2, 3], 1, async (i) => {
      events.push(`send ${i}`);
      await Promise.resolve();
      return () => {
        events.push(`judge ${i}`);
        return false;
      };
    });
    expect(events.indexOf('send 2')).toBeLessThan(events.indexOf('judge 1'));
    expect(events.filter((e) => e.startsWith('judge')).sort()).toEqual(['judge 1', 'judge 2', 'judge 3']);
  });

  it('stops pulling items once a Later returns true', async () => {
    const sent: number[] = [];
    await forEachParallel(
      Array.from({ length: 1000 }, (_, i) => i),
      2,
      async (i) => {
        sent.push(i);
        await new Promise((r) => setImmediate(r));
        return () => i === 3;
      },
    );
    expect(sent.length).toBeLessThan(20);
  });

  it('rejects with what a Later threw', async () => {
    await expect(
      forEachParallel([1, 2], 2, async () => () => {
        throw new Error('judge broke');
      }),
    ).rejects.toThrow('judge broke');
  });

  it('rejects with the first failure in time, whichever lane met it (a dying service fails every lane)', async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await expect(
      forEachParallel([0, 1], 2, async (i) => {
        await wait(i === 0 ? 30 : 1);
        throw new Error(`lane ${i}`);
      }),
    ).rejects.toThrow('lane 1');
  });
});
