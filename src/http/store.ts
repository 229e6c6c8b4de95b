/** The reference service's in-memory users, keyed by project and token `sub`; meta keys are plain own data. */
import { setOwn } from '../core/json.js';

/** A stored Connected User as JSON-safe data. */
export type StoredUser = Record<string, unknown> & { meta: Record<string, string> };

/** A new user as the service creates it on first sight of a `sub`. */
export function freshUser(sub: string): StoredUser {
  return { id: sub, meta: {}, authenticated: true, integrations: {} };
}

/** Returns a new meta map: `base` with every entry of `patch` written over it (keys not in the patch keep their values). */
export function mergeMeta(base: Record<string, string>, patch: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(base)) setOwn(out, k, base[k] as string);
  for (const k of Object.keys(patch)) setOwn(out, k, patch[k] as string);
  return out;
}

/** In-memory users. Reads return the stored object; writes replace it whole, so a failed write never half-applies. */
export class UserStore {
  private readonly users = new Map<string, StoredUser>();

  private static key(projectId: string, sub: string): string {
    return `${projectId}\u0000${sub}`;
  }

  /** The user of `sub` in `projectId`, created on first access. */
  get(projectId: string, sub: string): StoredUser {
    const key = UserStore.key(projectId, sub);
    let user = this.users.get(key);
    if (!user) {
      user = freshUser(sub);
      this.users.set(key, user);
    }
    return user;
  }

  /** The user with `patch` merged into its meta, not yet stored (so the caller can validate before committing). */
  merged(projectId: string, sub: string, patch: Record<string, string>): StoredUser {
    const current = this.get(projectId, sub);
    return { ...current, meta: mergeMeta(current.meta, patch) };
  }

  /** Stores `user` as the user of `sub`. */
  put(projectId: string, sub: string, user: StoredUser): void {
    this.users.set(UserStore.key(projectId, sub), user);
  }

  /** Number of users held. */
  get size(): number {
    return this.users.size;
  }
}
