/** The `http.*` checks (SPEC §4) in report order; `http.no-server-error` last so it sees every exchange of the run. */
import type { CheckDef, UserPlan } from '../types.js';
import { authRequired } from './auth.js';
import { noServerError } from './no-server-error.js';
import { readConforms } from './read.js';
import { writeAcceptsValid } from './write-accepts.js';
import { writePersists } from './write-persists.js';
import { writeRejectsInvalid } from './write-rejects.js';

export { authRequired, noServerError, readConforms, writeAcceptsValid, writePersists, writeRejectsInvalid };

/** Every HTTP check. */
export const httpChecks: CheckDef[] = [readConforms, authRequired, writeAcceptsValid, writePersists, writeRejectsInvalid, noServerError];

/** How many fresh users `checks` will ask for in all. */
export function freshUsersOf(checks: readonly CheckDef[], plan: UserPlan): number {
  return checks.reduce((n, c) => n + (c.freshUsers?.(plan) ?? 0), 0);
}
