// Helper for typed.ts.
export interface ConnectedUserLike {
  id?: string;
  [k: string]: unknown;
}
export function isConnectedUser(v: unknown): v is ConnectedUserLike {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (!('id' in v) || typeof (v as { id: unknown }).id === 'string');
}
