/** Faulty services caught by http.auth.required and http.no-server-error: how tokens are checked. */
import { json } from '../../../src/http/handler.js';
import { mintToken } from '../../../src/http/tokens.js';
import { type Fault, projectOf, subOf } from './tools.js';

export const authFaults: readonly Fault[] = [
  {
    name: 'no signature check (claims are trusted as sent)',
    caughtBy: 'http.auth.required',
    wrap:
      (h, { keys }) =>
      async (req) => {
        const sub = subOf(req) ?? 'anonymous';
        return h({ ...req, headers: { ...req.headers, authorization: `Bearer ${await mintToken(keys.privateKey, { sub })}` } });
      },
  },
  {
    name: 'accepts expired tokens',
    caughtBy: 'http.auth.required',
    wrap:
      (h, { keys }) =>
      async (req) => {
        const res = await h(req);
        const sub = subOf(req);
        if (res.status !== 401 || !sub || !res.body.includes('expired')) return res;
        return h({ ...req, headers: { ...req.headers, authorization: `Bearer ${await mintToken(keys.privateKey, { sub })}` } });
      },
  },
  {
    name: 'user data in the 401 body',
    caughtBy: 'http.auth.required',
    wrap:
      (h, { store }) =>
      async (req) => {
        const res = await h(req);
        const sub = subOf(req);
        return res.status === 401 && sub ? json(401, { error: 'unauthorized', user: store.get(projectOf(req), sub) }) : res;
      },
  },
  {
    name: '500 when the token is missing',
    caughtBy: 'http.no-server-error',
    wrap: (h) => async (req) => (req.headers.authorization ? h(req) : json(500, { error: 'cannot read properties of undefined' })),
  },
];
