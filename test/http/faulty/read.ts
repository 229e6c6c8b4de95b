/** Faulty services caught by http.read.conforms: what a GET answers. */
import { type Fault, withBody } from './tools.js';

export const readFaults: readonly Fault[] = [
  {
    name: 'wrong content type',
    caughtBy: 'http.read.conforms',
    wrap: (h) => async (req) => {
      const res = await h(req);
      return { ...res, headers: { ...res.headers, 'content-type': 'text/plain' } };
    },
  },
  {
    name: 'invalid field in GET responses',
    caughtBy: 'http.read.conforms',
    wrap: (h) => async (req) => {
      const res = await h(req);
      return req.method === 'GET' && res.status === 200 ? withBody(res, (u) => (u.authenticated = 'yes')) : res;
    },
  },
  {
    name: 'non-JSON body under a JSON content type',
    caughtBy: 'http.read.conforms',
    wrap: (h) => async (req) => {
      const res = await h(req);
      return req.method === 'GET' && res.status === 200 ? { ...res, body: '<html>user</html>' } : res;
    },
  },
];
