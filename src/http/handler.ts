/** The reference `sdk/me` logic as a transport-free function, so tests can wrap it with one fault each. */
import { errors as joseErrors, jwtVerify } from 'jose';
import type { Oracle } from '../schema/oracle.js';
import { parsePatch } from './patch.js';
import type { UserStore } from './store.js';

/** A request as the handler sees it: header names lower-case, the body as text. */
export interface MeRequest {
  method: string;
  /** Path without the query string, e.g. `/projects/p1/sdk/me`. */
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** A response: status, extra headers and the body text (JSON unless a fault says otherwise). */
export interface MeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An async request → response function; faults wrap one of these. */
export type MeHandler = (req: MeRequest) => Promise<MeResponse>;

/** What the handler needs. `projectId` undefined: any project id is served (users are kept per project). */
export interface HandlerDeps {
  store: UserStore;
  oracle: Oracle;
  publicKey: CryptoKey;
  projectId?: string;
}

/** The JSON content type of every answer. */
export const jsonType = 'application/json; charset=utf-8';

/** A JSON response with the standard content type. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): MeResponse {
  return { status, headers: { 'content-type': jsonType, ...headers }, body: JSON.stringify(value) };
}

const route = /^\/projects\/([^/]+)\/sdk\/me\/?$/;

const unauthorized = (message: string): MeResponse => json(401, { error: 'unauthorized', message }, { 'www-authenticate': 'Bearer error="invalid_token"' });

/** Verifies the bearer token; resolves to the `sub` or to the 401 to send (RFC 6750: every bad token is a 401). */
async function authenticate(header: string | undefined, publicKey: CryptoKey): Promise<string | MeResponse> {
  if (!header) return json(401, { error: 'unauthorized', message: 'missing bearer token' }, { 'www-authenticate': 'Bearer' });
  const m = /^Bearer +([^\s]+)\s*$/i.exec(header);
  if (!m) return unauthorized('the Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(m[1] as string, publicKey, { algorithms: ['RS256'], requiredClaims: ['sub', 'exp', 'iat'] });
    return payload.sub as string;
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) return unauthorized('the token has expired');
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return unauthorized('the token signature is not valid');
    return unauthorized('the token is not a valid RS256 user token');
  }
}

/** Answers a user with the schema as a safety net: an answer that would not validate becomes a 500. */
function userResponse(status: number, user: unknown, oracle: Oracle): MeResponse {
  if (!oracle.isValid(user)) return json(500, { error: 'internal', message: 'the stored user does not validate' });
  return json(status, user);
}

function projectOf(path: string): string | undefined {
  const m = route.exec(path);
  try {
    return m ? decodeURIComponent(m[1] as string) : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the reference handler: GET and PATCH `/projects/{projectId}/sdk/me`. */
export function createMeHandler(deps: HandlerDeps): MeHandler {
  return async (req) => {
    const projectId = projectOf(req.path);
    if (projectId === undefined || (deps.projectId !== undefined && projectId !== deps.projectId)) {
      return json(404, { error: 'not_found', message: `no such resource; use /projects/${deps.projectId ?? '{projectId}'}/sdk/me` });
    }
    if (req.method !== 'GET' && req.method !== 'PATCH') {
      return json(405, { error: 'method_not_allowed', message: 'use GET or PATCH' }, { allow: 'GET, PATCH' });
    }
    const sub = await authenticate(req.headers.authorization, deps.publicKey);
    if (typeof sub !== 'string') return sub;
    if (req.method === 'GET') return userResponse(200, deps.store.get(projectId, sub), deps.oracle);
    const type = req.headers['content-type'];
    if (type && !/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
      return json(415, { error: 'unsupported_media_type', message: 'send the body as application/json' });
    }
    const patch = parsePatch(req.body, deps.oracle);
    if (!patch.ok) return json(patch.status, { error: patch.error, message: patch.message, ...(patch.details ? { details: patch.details } : {}) });
    const next = deps.store.merged(projectId, sub, patch.meta);
    const answer = userResponse(200, next, deps.oracle);
    if (answer.status === 200) deps.store.put(projectId, sub, next);
    return answer;
  };
}
