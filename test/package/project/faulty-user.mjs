// A deliberately wrong implementation: accepts the live API's PENDING credential status, which the schema forbids.
import { validate as correct } from './connected-user.mjs';

export { parse, serialize } from './connected-user.mjs';
export const validate = (u) => correct(u) || JSON.stringify(u).includes('"PENDING"');
