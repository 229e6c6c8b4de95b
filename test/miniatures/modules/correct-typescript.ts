// Correct: a TypeScript module with types.
interface Integration {
  enabled?: boolean;
  credentialStatus?: 'VALID' | 'INVALID' | 'EXPIRED';
  providerId?: string;
}
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: object, k: string): boolean => Object.hasOwn(o, k);
function validIntegration(e: unknown): e is Integration {
  if (!isObject(e)) return false;
  if (own(e, 'enabled') && typeof e.enabled !== 'boolean') return false;
  if (own(e, 'credentialStatus') && !['VALID', 'INVALID', 'EXPIRED'].includes(e.credentialStatus as string)) return false;
  return !(own(e, 'providerId') && typeof e.providerId !== 'string');
}
export function validate(u: unknown): boolean {
  if (!isObject(u)) return false;
  if (own(u, 'id') && typeof u.id !== 'string') return false;
  if (own(u, 'authenticated') && typeof u.authenticated !== 'boolean') return false;
  if (own(u, 'meta') && !(isObject(u.meta) && Object.values(u.meta).every((v) => typeof v === 'string'))) return false;
  if (own(u, 'integrations') && !(isObject(u.integrations) && Object.values(u.integrations).every(validIntegration))) return false;
  return true;
}
export function parse(v: unknown): Json {
  if (!validate(v)) throw new Error('invalid');
  return JSON.parse(JSON.stringify(v)) as Json;
}
export const serialize = (u: Json): Json => JSON.parse(JSON.stringify(u)) as Json;
