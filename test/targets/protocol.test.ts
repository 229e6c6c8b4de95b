import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/oracle.js';
import { checkIncoming, checkOutgoing, lineProtocolSchemaPath } from '../../src/targets/protocol.js';

describe('line protocol schema', () => {
  it('is a valid 2020-12 schema with a $def per message', () => {
    const schema = JSON.parse(readFileSync(lineProtocolSchemaPath, 'utf8')) as { $defs: Record<string, unknown> };
    expect(createAjv().validateSchema(schema)).toBe(true);
    for (const d of [
      'start',
      'ready',
      'validateRequest',
      'roundtripRequest',
      'validateReply',
      'roundtripReply',
      'rejectedReply',
      'threwReply',
      'errorReply',
      'stop',
    ]) {
      expect(schema.$defs).toHaveProperty(d);
    }
  });

  it.each([{ cmd: 'start', version: 1 }, { cmd: 'validate', seq: 1, instance: { a: 1 } }, { cmd: 'roundtrip', seq: 2, instance: null }, { cmd: 'stop' }])(
    'accepts outgoing %j',
    (m) => expect(checkOutgoing(m)).toEqual({ ok: true }),
  );

  it.each([
    [{ cmd: 'start', version: 2 }, /"start"/],
    [{ cmd: 'validate', seq: 1 }, /required property 'instance'/],
    [{ cmd: 'validate', seq: 0, instance: 1 }, /seq must be >= 1/],
    [{ cmd: 'toString' }, /not a line-protocol message/],
    [[1], /not a line-protocol message/],
  ])('rejects outgoing %j', (m, why) => {
    const r = checkOutgoing(m);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.why).toMatch(why);
  });

  it.each([
    { ready: true, ops: [] },
    { ready: true, implementation: { name: 'x', language: 'go', version: '1', homepage: 'h' }, ops: ['validate', 'roundtrip'] },
    { seq: 1, valid: false },
    { seq: 2, instance: [] },
    { seq: 3, rejected: 'why' },
    { seq: 4, error: 'oops' },
    { seq: 5, threw: 'TypeError: x is undefined' },
    { ready: true, version: 1.1, ops: ['validate'] },
    { ready: true, version: 1, ops: [] },
  ])('accepts incoming %j', (m) => expect(checkIncoming(m)).toEqual({ ok: true }));

  it.each([
    [{ ready: false, ops: [] }, /"ready"/],
    [{ ready: true, ops: ['parse'] }, /ops\/0/],
    [{ ready: true, ops: ['validate', 'validate'] }, /duplicate/],
    [{ seq: 1, valid: 'yes' }, /valid must be boolean/],
    [{ seq: '1', valid: true }, /seq must be integer/],
    [{ seq: 1, valid: true, instance: {} }, /additional properties \(instance\)/],
    [{ seq: 1, rejected: 5 }, /rejected must be string/],
    [{ seq: 1, threw: { message: 'x' } }, /threw must be string/],
    [{ ready: true, version: 2, ops: [] }, /version must be equal to one of the allowed values/],
    [{ hello: 1 }, /not a line-protocol message/],
    ['text', /not a line-protocol message/],
  ])('rejects incoming %j', (m, why) => {
    const r = checkIncoming(m);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.why).toMatch(why);
  });
});
