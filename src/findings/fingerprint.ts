/**
 * Fingerprints (SPEC §12): two failures are the same finding when they share check id, failure class, the schema
 * location generalised over map keys, and the key or value class where one matters. Never seeds or concrete values.
 */
import { createHash } from 'node:crypto';
import type { CNode } from '../../generators/index.js';
import { escapeToken } from '../core/pointer.js';
import { stringClass } from './classes.js';

/** What a fingerprint is made of. */
export interface FingerprintParts {
  /** Check id (or traffic rule id), e.g. `validate.rejects-invalid`. */
  check: string;
  /** Failure class: `accepted-invalid`, `rejected-valid`, `threw`, `lost-data`, `changed-value`, … */
  failure: string;
  /**
   * Generalised instance location: `/`, `/id`, `/meta/*`, `/meta/{nul}`, `/(unknown)`; map keys and items become `*`;
   * `**` (or `**` then a key class, `**\/{nul}`) when the failing value or key fails the same way wherever it is put.
   */
  location: string;
  /** The violated keyword, for failures about an invalid value. */
  keyword?: string;
  /** The class of the value where it matters (`string:json-looking`, `array`, …). */
  value?: string;
}

/** A finding's identity: a short stable id and the readable text it is the hash of. */
export interface Fingerprint {
  /** 12 hex characters of the SHA-256 of `text`. */
  id: string;
  /** E.g. `validate.rejects-invalid accepted-invalid at /meta/* (type) [string:json-looking]`. */
  text: string;
}

/** The fingerprint of a failure. */
export function fingerprint(p: FingerprintParts): Fingerprint {
  const text = `${p.check} ${p.failure} at ${p.location}${p.keyword ? ` (${p.keyword})` : ''}${p.value ? ` [${p.value}]` : ''}`;
  return { id: createHash('sha256').update(text).digest('hex').slice(0, 12), text };
}

/**
 * Generalises an instance path over the schema: declared properties keep their names, map entries and array items
 * become `*` (or `{class}` of the key when `keyMatters(i)` says the concrete key is part of the bug), and properties
 * the schema does not declare anywhere become `(unknown)`.
 * @example generalizeLocation(root, ['meta', 'plan']); // '/meta/*'
 */
export function generalizeLocation(root: CNode | undefined, path: readonly (string | number)[], keyMatters: (index: number) => boolean = () => false): string {
  if (path.length === 0) return '/';
  let node: CNode | undefined = root;
  let out = '';
  path.forEach((step, i) => {
    const key = String(step);
    const declared = typeof step === 'string' ? node?.properties.find(([k]) => k === key) : undefined;
    if (declared) {
      out += `/${escapeToken(key)}`;
      node = declared[1];
    } else if (typeof step === 'number' || node?.additionalProperties || node?.items) {
      out += keyMatters(i) && typeof step === 'string' ? `/{${stringClass(key)}}` : '/*';
      node = typeof step === 'number' ? node?.items : node?.additionalProperties || undefined;
    } else {
      out += keyMatters(i) ? `/(unknown:${stringClass(key)})` : '/(unknown)';
      node = undefined;
    }
  });
  return out;
}
