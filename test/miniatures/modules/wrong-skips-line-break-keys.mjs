// Fault (seen in a real schema library): the values under keys containing a line break or a tab are ignored,
// so {"meta":{"\n":1}} is accepted.
import { makeValidate } from './_base.mjs';

export const validate = makeValidate({ entries: (o) => Object.keys(o).filter((k) => !/[\t\n\r\u2028\u2029]/.test(k)) });
