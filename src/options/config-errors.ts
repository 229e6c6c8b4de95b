/** Words for a config file's schema error: the key (or, inside `dictionary`, the entry and member) and what to write. */
import type { ErrorObject } from 'ajv';

/** Members a dictionary entry may have, for the hint after an unknown one. */
const entryMembers = 'value, json, key, near, under, at, expect, class, why';

/**
 * The message for the first schema error of a config file: `unknown key 'runz'`, `key 'runs' must be integer`, or, for
 * the `dictionary` list, `dictionary entry 2: member 'expect' must be equal to one of the allowed values (valid, …)`.
 */
export function configErrorText(e: ErrorObject): string {
  const path = e.instancePath.slice(1).split('/');
  const entry = path[0] === 'dictionary' && path.length >= 2 ? Number(path[1]) : undefined;
  if (entry === undefined || Number.isNaN(entry)) {
    const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : path[0] || '(root)';
    const what = e.keyword === 'additionalProperties' ? `unknown key '${key}'` : `key '${key}' ${e.message}`;
    return `${what}. The keys are the long names of the check flags (see \`paragon-conformance check --help\`)`;
  }
  const where = `dictionary entry ${entry + 1}`;
  const member = path.slice(2).join('/');
  const allowed = Array.isArray(e.params.allowedValues) ? ` (${e.params.allowedValues.join(', ')})` : '';
  if (e.keyword === 'additionalProperties')
    return `${where}${member ? ` in '${member}'` : ''}: unknown member '${String(e.params.additionalProperty)}'; an entry has ${entryMembers}`;
  return `${where}: ${member ? `member '${member}' ` : ''}${e.message}${allowed}. An entry is e.g. {"value": "\\u0000", "at": "/meta/*", "expect": "valid"} (README: The hostile dictionary)`;
}
