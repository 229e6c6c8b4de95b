/** The verdict rules in one place: a proof of loosening → compatible; a witness → breaking; neither → unknown. */

import { validBuilder } from '../../generators/build/valid.js';
import { canonicalize } from '../../generators/index.js';
import { oracleFor } from '../schema/oracle.js';
import type { ChangeSite, Version } from './diff.js';
import { diffSchemas } from './diff.js';
import { proveCompatible, undecidedReason } from './rules.js';
import type { JudgedChange, Role, RoleVerdict } from './types.js';
import { findWitness, type Judge } from './witness.js';

/** Compiles one schema document for comparing: canonical graph, oracle and valid builder. */
export function judgeFor(doc: object): Version & Judge {
  const canonical = canonicalize(doc);
  return { doc, canonical, oracle: oracleFor(doc), builder: validBuilder(canonical, { bigMaps: false, bigStrings: false }) };
}

/** The verdict of one change for one role. */
export async function judgeRole(site: ChangeSite, role: Role, old: Judge, neu: Judge): Promise<RoleVerdict> {
  const proof = proveCompatible(site, role);
  if (proof) return { verdict: 'compatible', reason: proof };
  const { witness, tried } = await findWitness(site, role, old, neu);
  if (!witness) return { verdict: 'unknown', reason: undecidedReason(site, role, tried) };
  const [valid, invalid] = role === 'reader' ? ['OLD', 'NEW'] : ['NEW', 'OLD'];
  const who = role === 'reader' ? 'readers on NEW cannot read it' : 'consumers still on OLD reject it';
  return {
    verdict: 'breaking',
    reason: `valid under ${valid}, invalid under ${invalid} (${witness.violation.keyword} at ${witness.violation.instancePath || '(root)'}): ${who}`,
    witness,
  };
}

/**
 * Compares two schema documents: every keyword-level change with a verdict for each role asked for.
 * @example (await compareSchemas(oldDoc, newDoc, ['reader', 'writer'])).map((c) => [c.id, c.reader?.verdict, c.writer?.verdict]);
 */
export async function compareSchemas(oldDoc: object, newDoc: object, asked: readonly Role[]): Promise<JudgedChange[]> {
  const old = judgeFor(oldDoc);
  const neu = judgeFor(newDoc);
  const out: JudgedChange[] = [];
  for (const site of diffSchemas(old, neu)) {
    const judged: JudgedChange = { ...site.change };
    for (const role of asked) judged[role] = await judgeRole(site, role, old, neu);
    out.push(judged);
  }
  return out;
}
