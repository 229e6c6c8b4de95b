/** Recorded traffic for the audit tests: ndjson lines and HAR entries with known counts. */

const me = 'https://api.example.com/projects/p1/sdk/me';
const json = { 'content-type': 'application/json' };
const user = (over: Record<string, unknown> = {}) => JSON.stringify({ id: 'u1', meta: { plan: 'pro' }, authenticated: true, ...over });

/** A token that must never appear in any output. */
export const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2IifQ.c2ln';

/** One exchange as an ndjson line. */
export const line = (method: string, url: string, status: number, body: unknown, headers: Record<string, string> = json, reqBody?: unknown): string =>
  JSON.stringify({
    request: { method, url, headers: { Authorization: `Bearer ${secret}` }, ...(reqBody !== undefined ? { body: reqBody } : {}) },
    response: { status, headers, body },
    time: '2026-01-02T03:04:05.000Z',
  });

/** 10 exchange lines (8 judged: 7 responses, 2 PATCH bodies), 2 malformed lines, 1 blank; 5 violations in 4 findings; PENDING twice; userId once. */
export const ndjsonLog = [
  line('GET', me, 200, user()),
  line('GET', me, 200, user({ integrations: { slack: { credentialStatus: 'PENDING' } } })),
  line('GET', '/projects/p1/sdk/me?x=1', 200, { userId: 'u2', integrations: { hubspot: { credentialStatus: 'PENDING', enabled: 'true' } } }),
  'not json at all',
  '{"request":{"method":"GET"},"response":{}}',
  '',
  line('PATCH', me, 422, '{"error":"invalid_meta"}', json, '{"meta":{"seats":3}}'),
  line('PATCH', me, 200, user(), json, { meta: { plan: 'team' } }),
  line('GET', 'https://api.example.com/health', 200, 'ok', { 'content-type': 'text/plain' }),
  line('GET', me, 401, '{"error":"unauthorized"}'),
  `${line('GET', me, 200, user({ integrations: { x: { credentialStatus: 'valid' } } }))}\r`,
  line('GET', me, 200, user(), { 'content-type': 'application/json; charset=utf-8' }),
  line('GET', me, 200, user()),
].join('\n');

/** A HAR 1.2 file: 4 entries (one base64 body, one without a response), 2 violations in 2 findings, 1 malformed. */
export const har = JSON.stringify({
  log: {
    version: '1.2',
    creator: { name: 'test', version: '1' },
    entries: [
      {
        startedDateTime: '2026-01-02T03:04:05.000Z',
        request: { method: 'GET', url: me, headers: [{ name: 'authorization', value: `Bearer ${secret}` }] },
        response: { status: 200, headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: user() } },
      },
      {
        startedDateTime: '2026-01-02T03:04:06.000Z',
        request: { method: 'GET', url: me, headers: [] },
        response: {
          status: 200,
          headers: [],
          content: {
            mimeType: 'application/json',
            encoding: 'base64',
            text: Buffer.from(user({ integrations: { s: { credentialStatus: 'EXPIRED ' } } })).toString('base64'),
          },
        },
      },
      { startedDateTime: '2026-01-02T03:04:07.000Z', request: { method: 'GET', url: me, headers: [] } },
      {
        startedDateTime: '2026-01-02T03:04:08.000Z',
        request: { method: 'PATCH', url: me, headers: [], postData: { mimeType: 'application/json', text: '{"meta":[]}' } },
        response: { status: 422, headers: [], content: { mimeType: 'application/json', text: '{}' } },
      },
    ],
  },
});
