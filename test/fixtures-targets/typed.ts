// A TypeScript module with types and a relative `.js` import of another TS file (nodenext style).
import { type ConnectedUserLike, isConnectedUser } from './typed-helper.js';

enum Mode {
  Strict = 'strict',
}
export const mode: Mode = Mode.Strict;

export function validate(value: unknown): boolean {
  return isConnectedUser(value);
}
export async function parse(value: unknown): Promise<ConnectedUserLike> {
  if (!isConnectedUser(value)) throw new Error('invalid');
  return JSON.parse(JSON.stringify(value)) as ConnectedUserLike;
}
export function serialize(user: ConnectedUserLike): unknown {
  return { ...user };
}
