/**
 * The impact table: every witness through every `--target`. An implementation that rejects (or throws on) a witness
 * breaks: for a reader witness it cannot read data written under OLD; for a writer witness it refuses data NEW allows.
 */
import { TargetError } from '../core/errors.js';
import { isObject } from '../core/json.js';
import type { Target } from '../core/types.js';
import type { Impact, ImpactOutcome, JudgedChange, Role } from './types.js';
import { roles } from './types.js';

/** How one target handled one witness. */
interface Outcome {
  outcome: ImpactOutcome;
  note: string;
}

/** True for a witness the sdk/me profile can carry: a PATCH body is `{"meta": {…}}` and nothing else. */
export function isPatchable(instance: unknown): instance is { meta: unknown } {
  return isObject(instance) && Object.keys(instance).length === 1 && Object.hasOwn(instance, 'meta');
}

async function viaHttp(target: Target, instance: unknown): Promise<Outcome> {
  const ep = target.http!;
  if (!isPatchable(instance)) return { outcome: 'not-sent', note: 'sdk/me takes only {"meta": …} as a PATCH body; other data is read (GET), never sent' };
  if (!ep.allowWrites) return { outcome: 'not-sent', note: 'read-only: pass --allow-writes to PATCH {"meta": …} witnesses' };
  const user = await ep.newUser();
  const res = await ep.send({ method: 'PATCH', body: JSON.stringify(instance), authorization: user.authorization });
  if (res.status >= 200 && res.status < 300) return { outcome: 'accepts', note: `PATCH answered ${res.status}` };
  if (res.status >= 400 && res.status < 500) return { outcome: 'rejects', note: `PATCH answered ${res.status}` };
  return { outcome: 'error', note: `PATCH answered ${res.status}: neither 2xx nor 4xx` };
}

/** Runs one witness through one target: validate if offered, else parse, else (HTTP) a PATCH. `TargetError`s propagate. */
export async function runWitness(target: Target, instance: unknown): Promise<Outcome> {
  const json = JSON.stringify(instance);
  try {
    if (target.validate) {
      const { result } = await target.validate(json);
      if (result === true) return { outcome: 'accepts', note: 'validate → true' };
      if (result === false) return { outcome: 'rejects', note: 'validate → false' };
      return { outcome: 'error', note: `validate returned ${JSON.stringify(result) ?? String(result)}, not a boolean` };
    }
    if (target.parse) {
      const { result } = await target.parse(json);
      return result.ok ? { outcome: 'accepts', note: 'parse returned a user' } : { outcome: 'rejects', note: `parse rejected it: ${result.rejected}` };
    }
    if (target.http) return await viaHttp(target, instance);
  } catch (e) {
    if (e instanceof TargetError) throw e;
    return { outcome: 'threw', note: `threw: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { outcome: 'not-sent', note: 'the target offers no validate, parse or HTTP endpoint' };
}

/** What rejecting a witness of `role` means for an implementation. */
const meaning: Record<Role, string> = {
  reader: 'cannot read data valid under OLD',
  writer: 'rejects data NEW allows (still on OLD)',
};

/**
 * Every witness (breaking verdicts, accepted or not) through every target, in change, role, target order.
 * `onRow` sees each row as it is made (so an interrupted run keeps what it has).
 */
export async function impactOf(changes: readonly JudgedChange[], targets: readonly Target[], onRow: (row: Impact) => void = () => {}): Promise<Impact[]> {
  const rows: Impact[] = [];
  for (const c of changes) {
    for (const role of roles) {
      const w = c[role]?.witness;
      if (!w) continue;
      for (const t of targets) {
        const { outcome, note } = await runWitness(t, w.instance);
        const breaks = outcome === 'rejects' || outcome === 'threw';
        const row: Impact = { change: c.id, role, target: t.description, outcome, breaks, note: breaks ? `${note}: ${meaning[role]}` : note };
        rows.push(row);
        onRow(row);
      }
    }
  }
  return rows;
}
