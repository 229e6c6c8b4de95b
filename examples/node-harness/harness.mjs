#!/usr/bin/env node
// Example paragon-conformance harness: a hand-written Connected User validator and round-tripper, no dependencies.
// Speaks the line protocol (one JSON object per line, UTF-8) on stdin/stdout.
// Run:  npx paragon-conformance check --target "cmd:node examples/node-harness/harness.mjs"
import { createInterface } from 'node:readline';

const CREDENTIAL_STATUSES = ['VALID', 'INVALID', 'EXPIRED'];
const has = (o, k) => Object.hasOwn(o, k);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointer = (k) => k.replaceAll('~', '~0').replaceAll('/', '~1');

function integrationErrors(path, entry) {
  if (!isObject(entry)) return [`${path}: must be an object`];
  const errors = [];
  if (has(entry, 'enabled') && typeof entry.enabled !== 'boolean') errors.push(`${path}/enabled: must be a boolean`);
  if (has(entry, 'credentialStatus') && !CREDENTIAL_STATUSES.includes(entry.credentialStatus)) {
    errors.push(`${path}/credentialStatus: must be one of ${CREDENTIAL_STATUSES.join(', ')}`);
  }
  if (has(entry, 'providerId') && typeof entry.providerId !== 'string') errors.push(`${path}/providerId: must be a string`);
  return errors;
}

/** Every way `user` breaks the Connected User schema (empty when valid). Unknown members are allowed. */
function userErrors(user) {
  if (!isObject(user)) return ['/: must be an object'];
  const errors = [];
  if (has(user, 'id') && typeof user.id !== 'string') errors.push('/id: must be a string');
  if (has(user, 'authenticated') && typeof user.authenticated !== 'boolean') errors.push('/authenticated: must be a boolean');
  if (has(user, 'meta')) {
    if (!isObject(user.meta)) errors.push('/meta: must be an object');
    else for (const [k, v] of Object.entries(user.meta)) if (typeof v !== 'string') errors.push(`/meta/${pointer(k)}: must be a string`);
  }
  if (has(user, 'integrations')) {
    if (!isObject(user.integrations)) errors.push('/integrations: must be an object');
    else for (const [k, v] of Object.entries(user.integrations)) errors.push(...integrationErrors(`/integrations/${pointer(k)}`, v));
  }
  return errors;
}

/** How the implementation rejects invalid input; any other exception means it raised (a bug to report as `threw`). */
class InvalidUser extends Error {}

/** Parse: an independent copy (JSON.parse keeps a `__proto__` key as a plain own property). */
function parse(value) {
  const errors = userErrors(value);
  if (errors.length > 0) throw new InvalidUser(errors.join('; '));
  return JSON.parse(JSON.stringify(value));
}

const serialize = (user) => JSON.parse(JSON.stringify(user));

const describe = (e) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Calls into the implementation: its rejection is `rejected`, anything else it throws is `threw` (protocol 1.1). */
function handle(msg) {
  if (msg.cmd === 'validate') {
    try {
      return { seq: msg.seq, valid: userErrors(msg.instance).length === 0 };
    } catch (e) {
      return { seq: msg.seq, threw: describe(e) };
    }
  }
  if (msg.cmd === 'roundtrip') {
    try {
      return { seq: msg.seq, instance: serialize(parse(msg.instance)) };
    } catch (e) {
      return e instanceof InvalidUser ? { seq: msg.seq, rejected: e.message } : { seq: msg.seq, threw: describe(e) };
    }
  }
  throw new Error(`unknown cmd ${JSON.stringify(msg.cmd)}`); // a harness failure: answered with `error` below
}

// Replies are gathered and written once per turn of the event loop: one write for a whole pipelined batch.
let pending = [];
const flush = () => {
  process.stdout.write(pending.join(''));
  pending = [];
};
const send = (msg) => {
  if (pending.length === 0) setImmediate(flush);
  pending.push(`${JSON.stringify(msg)}\n`);
};
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  const msg = JSON.parse(line);
  if (msg.cmd === 'start') {
    send({
      ready: true,
      version: 1.1,
      implementation: { name: 'paragon-node-example', language: 'javascript', version: process.versions.node },
      ops: ['validate', 'roundtrip'],
    });
  } else if (msg.cmd === 'stop') {
    lines.close();
    process.stdin.destroy();
  } else {
    try {
      send(handle(msg));
    } catch (e) {
      send({ seq: msg.seq, error: String(e?.message ?? e) }); // could not handle this request: say so, keep serving
    }
  }
});
