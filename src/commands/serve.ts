/** `serve`: runs the reference sdk/me service as a local stand-in for Paragon, and mints tokens for it. */

import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { startReferenceService } from '../http/service.js';
import { defaultTokenEnv, generateSigningKeys, importSigningKey, mintToken, type SigningKeys } from '../http/tokens.js';
import { intFlag, parseFlags } from './args.js';
import type { Command, Io } from './command.js';
import { untilSignal } from './signals.js';

const usage = `Usage: paragon-conformance serve [options]

Runs the reference Paragon sdk/me service: GET and PATCH /projects/{projectId}/sdk/me with RS256 user tokens,
users kept in memory per project and token subject. Stops on Ctrl-C (SIGINT) or SIGTERM.

Options:
  --port P          port to listen on (default 4010; 0 picks a free one)
  --host H          interface to bind (default 127.0.0.1)
  --key-dir DIR     where the signing key pair lives (default .paragon); an existing private.pem is reused
  --project-id ID   serve only this project id (default: any project id)
  --print-token     print a user token signed with the key in --key-dir, then exit
  --sub S           subject of the printed token (default: a random user)
  --ttl SECONDS     lifetime of the printed token (default 3600)
`;

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  'key-dir': { type: 'string' },
  'project-id': { type: 'string' },
  'print-token': { type: 'boolean' },
  sub: { type: 'string' },
  ttl: { type: 'string' },
} as const;

/** Loads `private.pem` from `dir`, or creates the pair there (private key readable by the owner only). */
export async function loadOrCreateKeys(dir: string): Promise<{ keys: SigningKeys; created: boolean }> {
  const file = join(dir, 'private.pem');
  const pem = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read ${file} (${e.code ?? e.message}). Fix its permissions or pass another --key-dir.`);
  });
  if (pem !== undefined) return { keys: await importSigningKey(pem, file), created: false };
  const keys = await generateSigningKeys();
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(file, keys.privateKeyPem, { mode: 0o600 });
    await chmod(file, 0o600);
    await writeFile(join(dir, 'public.pem'), keys.publicKeyPem);
  } catch (e) {
    throw new UsageError(`cannot write the key pair to ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Pass a writable --key-dir.`);
  }
  return { keys, created: true };
}

/** Runs `serve`; resolves when `until` settles (default: SIGINT or SIGTERM). Exported for tests. */
export async function runServe(argv: string[], io: Io, until: () => Promise<unknown> = untilSignal): Promise<number> {
  const { values } = parseFlags('serve', argv, options);
  const str = (k: keyof typeof options) => values[k] as string | undefined;
  const keyDir = resolve(io.cwd, str('key-dir') ?? '.paragon');
  const rel = relative(io.cwd, keyDir);
  const shownDir = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? keyDir : rel;
  const { keys, created } = await loadOrCreateKeys(keyDir);
  if (values['print-token']) {
    const ttl = intFlag('ttl', str('ttl'), 3600, 1);
    const sub = str('sub');
    io.stdout.write(`${await mintToken(keys.privateKey, { ttlSeconds: ttl, ...(sub ? { sub } : {}) })}\n`);
    return 0;
  }
  const port = intFlag('port', str('port'), 4010);
  if (port > 65535) throw new UsageError(`--port must be between 0 and 65535, got ${port}.`);
  const projectId = str('project-id');
  const service = await startReferenceService({ port, host: str('host') ?? '127.0.0.1', keys, ...(projectId ? { projectId } : {}) }).catch(
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use. Pass another --port (or --port 0 for a free one).`);
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
        throw new UsageError(`cannot listen on ${str('host')}: ${e.code}. Pass a local address to --host.`);
      throw e;
    },
  );
  const keyFlag = shownDir === '.paragon' ? '' : ` --key-dir ${shownDir}`;
  io.stdout.write(
    [
      `Reference Paragon sdk/me service listening on ${service.url}`,
      `  endpoint:    GET/PATCH ${service.url}/projects/${projectId ?? '{projectId}'}/sdk/me`,
      `  signing key: ${join(shownDir, 'private.pem')} (public key: ${join(shownDir, 'public.pem')})${created ? ', newly created' : ''}`,
      `  get a token: export ${defaultTokenEnv}=$(npx paragon-conformance serve --print-token --sub alice${keyFlag})`,
      `  try it:      curl -H "Authorization: Bearer $${defaultTokenEnv}" ${service.url}/projects/${projectId ?? 'test-project'}/sdk/me`,
      `  check it:    npx paragon-conformance check --target ${service.url} --signing-key ${join(shownDir, 'private.pem')} --allow-writes${projectId ? ` --project-id ${projectId}` : ''}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await until();
  await service.close();
  io.stderr.write('serve: stopped\n');
  return 0;
}

/** The `serve` command. */
export const serveCommand: Command = {
  name: 'serve',
  usage,
  run: (argv, io) => runServe(argv, io),
};
