/** The `cmd:` line protocol's messages (schemas/line-protocol.schema.json), checked in both directions. */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packagePath } from '../core/paths.js';
import { createAjv } from '../schema/oracle.js';

/** `→ {"cmd":"start","version":1}` and the other messages the suite sends. */
export type OutgoingMessage = { cmd: 'start'; version: 1 } | { cmd: 'validate' | 'roundtrip'; seq: number; instance: unknown } | { cmd: 'stop' };

/** Implementation metadata a harness announces in `ready`. */
export interface Implementation {
  name?: string;
  language?: string;
  version?: string;
}

/** Messages a harness sends (`threw` since version 1.1). */
export type IncomingMessage =
  | { ready: true; version?: 1 | 1.1; implementation?: Implementation; ops: ('validate' | 'roundtrip')[] }
  | { seq: number; valid: boolean }
  | { seq: number; instance: unknown }
  | { seq: number; rejected: string }
  | { seq: number; threw: string }
  | { seq: number; error: string };

/** Result of checking one message: ok, or a short description of what is wrong. */
export type ProtocolCheck = { ok: true } | { ok: false; why: string };

/** Path of the line protocol's JSON Schema in the package. */
export const lineProtocolSchemaPath: string = packagePath('schemas', 'line-protocol.schema.json');

type Validators = Map<string, ValidateFunction>;
let compiled: Validators | undefined;
function validators(): Validators {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(lineProtocolSchemaPath, 'utf8')) as { $id: string; $defs: Record<string, unknown> };
    const ajv = createAjv();
    ajv.addSchema(schema);
    compiled = new Map(Object.keys(schema.$defs).map((name) => [name, ajv.compile({ $ref: `${schema.$id}#/$defs/${name}` })]));
  }
  return compiled;
}

/** The `$defs` entry a message claims to be, from its discriminating member. */
function defOf(msg: unknown, direction: 'outgoing' | 'incoming'): string | undefined {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return undefined;
  const m = msg as Record<string, unknown>;
  if (direction === 'outgoing') {
    const byCmd: Record<string, string> = { start: 'start', validate: 'validateRequest', roundtrip: 'roundtripRequest', stop: 'stop' };
    return typeof m.cmd === 'string' && Object.hasOwn(byCmd, m.cmd) ? byCmd[m.cmd] : undefined;
  }
  const keys: [string, string][] = [
    ['ready', 'ready'],
    ['valid', 'validateReply'],
    ['instance', 'roundtripReply'],
    ['rejected', 'rejectedReply'],
    ['threw', 'threwReply'],
    ['error', 'errorReply'],
  ];
  return keys.find(([k]) => Object.hasOwn(m, k))?.[1];
}

function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map(
      (e) =>
        `${e.instancePath || 'the message'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''}`,
    )
    .join('; ');
}

function check(msg: unknown, direction: 'outgoing' | 'incoming'): ProtocolCheck {
  const def = defOf(msg, direction);
  if (!def) {
    const expected =
      direction === 'outgoing' ? 'a "cmd" of start, validate, roundtrip or stop' : 'one of the members ready, valid, instance, rejected, threw or error';
    return { ok: false, why: `not a line-protocol message: expected a JSON object with ${expected}` };
  }
  const v = validators().get(def)!;
  return v(msg) ? { ok: true } : { ok: false, why: `not a valid "${def}" message: ${explain(v.errors)}` };
}

/** Checks a message the suite is about to send (one of `#/$defs/outgoing`). */
export function checkOutgoing(msg: unknown): ProtocolCheck {
  return check(msg, 'outgoing');
}

/** Checks a message a harness sent (one of `#/$defs/incoming`). */
export function checkIncoming(msg: unknown): ProtocolCheck {
  return check(msg, 'incoming');
}
