/** Faulty services caught by the write checks: how PATCH bodies are judged, merged and answered. */
import { json } from '../../../src/http/handler.js';
import { freshUser, type StoredUser, UserStore } from '../../../src/http/store.js';
import { type Fault, parse, projectOf, subOf } from './tools.js';

/** Merges meta by plain assignment: `__proto__` sets the prototype instead of storing a key. */
class AssigningStore extends UserStore {
  override merged(projectId: string, sub: string, patch: Record<string, string>): StoredUser {
    const current = this.get(projectId, sub);
    const meta: Record<string, string> = {};
    for (const k of Object.keys(current.meta)) meta[k] = current.meta[k] as string;
    for (const k of Object.keys(patch)) meta[k] = patch[k] as string;
    return { ...current, meta };
  }
}

/** Replaces meta with the patch instead of merging. */
class ReplacingStore extends UserStore {
  override merged(projectId: string, sub: string, patch: Record<string, string>): StoredUser {
    return { ...this.get(projectId, sub), meta: patch };
  }
}

export const writeFaults: readonly Fault[] = [
  {
    name: '5xx on invalid input',
    caughtBy: 'http.write.rejects-invalid',
    wrap: (h) => async (req) => {
      const res = await h(req);
      return req.method === 'PATCH' && res.status >= 400 && res.status < 500 && res.status !== 401 ? json(500, { error: 'boom' }) : res;
    },
  },
  {
    name: 'accepts and stores invalid meta (coerces values to strings)',
    caughtBy: 'http.write.rejects-invalid',
    wrap: (h) => async (req) => {
      const body = parse(req.body) as { meta?: unknown } | undefined;
      if (req.method !== 'PATCH' || typeof body?.meta !== 'object' || body.meta === null || Array.isArray(body.meta)) return h(req);
      const meta = Object.fromEntries(Object.entries(body.meta).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
      return h({ ...req, body: JSON.stringify({ meta }) });
    },
  },
  { name: 'replace instead of merge', caughtBy: 'http.write.persists', store: () => new ReplacingStore() },
  {
    name: 'loses data on a rejected PATCH',
    caughtBy: 'http.write.rejects-invalid',
    wrap:
      (h, { store }) =>
      async (req) => {
        const res = await h(req);
        const sub = subOf(req);
        if (req.method === 'PATCH' && res.status >= 400 && res.status !== 401 && sub) store.put(projectOf(req), sub, freshUser(sub));
        return res;
      },
  },
  {
    name: 'stale PATCH response (the user before the patch)',
    caughtBy: 'http.write.accepts-valid',
    wrap: (h) => async (req) => {
      if (req.method !== 'PATCH') return h(req);
      const before = await h({ ...req, method: 'GET', body: '' });
      const res = await h(req);
      return res.status === 200 ? before : res;
    },
  },
  { name: 'mishandled __proto__ keys', caughtBy: 'http.write.accepts-valid', store: () => new AssigningStore() },
  {
    name: 'limit of 20 meta keys',
    caughtBy: 'http.write.accepts-valid',
    wrap: (h) => async (req) => {
      const body = parse(req.body) as { meta?: object } | undefined;
      if (req.method === 'PATCH' && body?.meta && Object.keys(body.meta).length > 20) return json(400, { error: 'too_many_keys' });
      return h(req);
    },
  },
];
