/** A finding's exemplar: the first offending body shrunk into a fixture with the same fingerprint, then redacted. */
import { redactValue } from '../core/redact.js';
import type { Violation } from '../core/types.js';
import { type Fingerprint, fingerprint } from '../findings/fingerprint.js';
import type { Judge } from './judge.js';
import { shrinkFixture } from './shrink.js';
import type { Exchange, Hit, TrafficFinding } from './types.js';

/** The secrets of one exchange: its Authorization value and the credential in it. Used to redact, never kept. */
export function exchangeSecrets(ex: Exchange): string[] {
  const auth = ex.requestHeaders.authorization;
  if (!auth) return [];
  const credential = auth.replace(/^\s*\S+\s+/, '').trim();
  return [auth, credential];
}

/** The fingerprint of a hit (SPEC §12): rule, failure class, generalised location, keyword, value class. */
export function hitFingerprint(h: Hit): Fingerprint {
  return fingerprint({
    check: h.rule,
    failure: h.failure,
    location: h.location,
    ...(h.keyword ? { keyword: h.keyword } : {}),
    ...(h.value ? { value: h.value } : {}),
  });
}

/** Shrinks `hit` (a JSON hit) into `finding.fixture`, keeping the finding's fingerprint; redacts what is left with `secrets`. */
export async function fillExemplar(judge: Judge, finding: TrafficFinding, hit: Hit, secrets: readonly string[]): Promise<void> {
  if (hit.instance === undefined || !hit.violation) return;
  const same = (v: Violation, value: unknown) => hitFingerprint(judge.describe(hit.rule, hit.failure, value, v, hit.expected)).id === finding.fingerprint;
  const fixture = await shrinkFixture(hit.instance, hit.violation, judge.oracleOf(hit.rule), same);
  if (!fixture) return;
  const instance = redactValue(fixture.instance, secrets);
  finding.fixture = { instance, violation: fixture.violation, shrinkSteps: fixture.shrinkSteps };
  finding.replayable = judge.oracle.failsExactlyWith(instance, fixture.violation);
}
