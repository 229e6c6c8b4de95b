// A stand-in for the live Paragon sdk/me API as it is known to differ from the schema: `userId` instead of `id`,
// `credentialStatus: "PENDING"`, a number in `meta`, a string "true" for a boolean. For trying `proxy`; no auth checks.
// Usage: node examples/traffic/live-like-service.mjs [PORT]   (default 4010; listens on 127.0.0.1 only)
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4010);
const user = {
  userId: 'user-123',
  meta: { plan: 'pro', seats: 5 },
  authenticated: true,
  integrations: {
    salesforce: { enabled: true, credentialStatus: 'PENDING' },
    slack: { enabled: 'true', credentialStatus: 'VALID', providerId: 'U024BE7LH' },
  },
};

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (!/^\/projects\/[^/]+\/sdk\/me\/?(\?.*)?$/.test(req.url ?? '')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not_found"}');
      return;
    }
    if (req.method === 'PATCH') {
      try {
        Object.assign(user.meta, JSON.parse(Buffer.concat(chunks).toString()).meta);
      } catch {
        // the live API is lenient: ignore what it cannot read
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(user));
  });
});
server.listen(port, '127.0.0.1', () => console.log(`live-like sdk/me service on http://127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close());
