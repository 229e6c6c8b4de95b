// A reference sdk/me service with one deliberate fault, as a process of its own (built code from dist/).
// Usage: node faulty-service.mjs FAULT KEYDIR — prints its base URL on stdout, then serves until killed.
//   dies-on-constructor: exits the process when a PATCH body mentions a "constructor" key
//   unstable-get:        every GET answers a different user (a fresh id each time)
//   refuses-after-1:     after the first request, every request is answered 401 (a token that stops working)
import { loadOrCreateKeys } from '../../../dist/src/commands/serve.js';
import { startReferenceService } from '../../../dist/src/http/service.js';

const [fault, keyDir] = process.argv.slice(2);
const { keys } = await loadOrCreateKeys(keyDir);
let seen = 0;
const faults = {
  'dies-on-constructor': (h) => async (req) => {
    if (req.method === 'PATCH' && /"constructor"/.test(req.body ?? '')) process.exit(1);
    return h(req);
  },
  'unstable-get': (h) => async (req) => {
    const res = await h(req);
    if (req.method !== 'GET' || res.status !== 200) return res;
    return { ...res, body: JSON.stringify({ ...JSON.parse(res.body), id: `u-${Math.random()}` }) };
  },
  'refuses-after-1': (h) => async (req) =>
    seen++ === 0 ? h(req) : { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"expired"}' },
};
if (!faults[fault]) {
  process.stderr.write(`unknown fault ${fault}\n`);
  process.exit(2);
}
const service = await startReferenceService({ keys, wrap: faults[fault] });
process.stdout.write(`${service.url}\n`);
