/** Shared shape and helpers of the deliberately faulty sdk/me services. */
import { decodeJwt } from 'jose';
import type { MeHandler, MeRequest, MeResponse } from '../../../src/http/handler.js';
import type { UserStore } from '../../../src/http/store.js';
import type { SigningKeys } from '../../../src/http/tokens.js';

/** What a fault may use besides the handler. */
export interface FaultTools {
  store: UserStore;
  keys: SigningKeys;
}

/** One fault: a name, the check that must catch it, and how it changes the reference. */
export interface Fault {
  name: string;
  caughtBy: string;
  wrap?: (h: MeHandler, tools: FaultTools) => MeHandler;
  /** A replacement store class (for faults in how meta is kept). */
  store?: () => UserStore;
}

/** The `sub` claimed by the request's token, unverified. */
export const subOf = (req: MeRequest): string | undefined => {
  try {
    return decodeJwt((req.headers.authorization ?? '').replace(/^Bearer\s+/i, '')).sub;
  } catch {
    return undefined;
  }
};
/** The project id of an sdk/me path. */
export const projectOf = (req: MeRequest): string => decodeURIComponent(req.path.split('/')[2] ?? '');
/** JSON.parse, undefined on error. */
export const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
/** The response with its JSON body edited. */
export const withBody = (res: MeResponse, edit: (user: Record<string, unknown>) => void): MeResponse => {
  const user = parse(res.body) as Record<string, unknown>;
  edit(user);
  return { ...res, body: JSON.stringify(user) };
};
