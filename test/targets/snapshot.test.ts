import { afterEach, describe, expect, it } from 'vitest';
import { diffPrototypes, PrototypeFence, restorePrototypes, snapshotPrototypes } from '../../src/targets/snapshot.js';

describe('prototype snapshots', () => {
  const start = snapshotPrototypes();
  afterEach(() => restorePrototypes(start));

  it('sees no change when nothing happened', () => {
    expect(diffPrototypes(snapshotPrototypes())).toEqual([]);
  });

  it('detects added, changed and removed keys on every watched prototype, and restores them', () => {
    const before = snapshotPrototypes();
    const originalTrim = String.prototype.trim;
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    (Array.prototype as unknown as Record<string, unknown>).evil = 1;
    String.prototype.trim = function trim() {
      return 'hijacked';
    };
    delete (Number.prototype as { toFixed?: unknown }).toFixed;
    Object.defineProperty(Boolean.prototype, 'x', { value: 1, enumerable: false, configurable: true });
    (Function.prototype as unknown as Record<symbol, unknown>)[Symbol.for('s')] = 2;

    const changes = diffPrototypes(before);
    expect(changes).toEqual(
      expect.arrayContaining([
        'Object.prototype.polluted added',
        'Array.prototype.evil added',
        'String.prototype.trim changed',
        'Number.prototype.toFixed removed',
        'Boolean.prototype.x added',
        'Function.prototype.Symbol(s) added',
      ]),
    );
    expect(changes).toHaveLength(6);

    restorePrototypes(before);
    expect(diffPrototypes(before)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(String.prototype.trim).toBe(originalTrim);
    expect((1.5).toFixed(0)).toBe('2');
    expect(' a '.trim()).toBe('a');
  });

  it('catches pollution done through a JSON-parsed __proto__ merge', () => {
    const before = snapshotPrototypes();
    const payload = JSON.parse('{"__proto__":{"isAdmin":true}}') as Record<string, Record<string, unknown>>;
    // biome-ignore lint/suspicious/noExplicitAny: a deliberately naive merge, typed as such code usually is
    const naiveMerge = (target: Record<string, any>, src: Record<string, any>): void => {
      for (const k of Object.keys(src)) {
        if (typeof src[k] === 'object' && src[k] !== null) {
          target[k] ??= {};
          naiveMerge(target[k], src[k]);
        } else target[k] = src[k];
      }
    };
    naiveMerge({}, payload);
    expect(diffPrototypes(before)).toEqual(['Object.prototype.isAdmin added']);
    restorePrototypes(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('fences calls against one baseline: each change is reported once and undone, the next call starts clean', () => {
    const fence = new PrototypeFence();
    expect(fence.check()).toEqual([]);
    (Object.prototype as Record<string, unknown>).polluted = 1;
    expect(fence.check()).toEqual(['Object.prototype.polluted added']);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    const original = Array.prototype.map;
    Array.prototype.map = function map() {
      return [];
    };
    expect(fence.check()).toEqual(['Array.prototype.map changed']);
    expect(Array.prototype.map).toBe(original);
    expect(fence.check()).toEqual([]);
  });

  it('renew() takes what other code did before the calls as the new baseline (not blamed, not undone)', () => {
    const fence = new PrototypeFence();
    Object.defineProperty(Object.prototype, 'setupHelper', { value: 1, configurable: true, writable: true });
    fence.renew();
    expect(fence.check()).toEqual([]);
    expect(Object.hasOwn(Object.prototype, 'setupHelper')).toBe(true);
  });

  it('keeps a change it cannot undo as the baseline, so later calls are not blamed for it', () => {
    const fence = new PrototypeFence();
    Object.defineProperty(Boolean.prototype, 'stuck', { value: 1, configurable: false });
    expect(fence.check()).toEqual(['Boolean.prototype.stuck added']);
    expect(fence.check()).toEqual([]);
  });
});
