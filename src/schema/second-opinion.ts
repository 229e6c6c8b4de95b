/**
 * The second opinion (SPEC §13): an independent JSON Schema 2020-12 implementation judging every case beside ajv.
 * @hyperjump/json-schema is used: written by a JSON Schema specification author, fully compliant with 2020-12 in the
 * JSON-Schema-Test-Suite, maintained, MIT, and sharing no code with ajv, so a disagreement is a real spec ambiguity.
 */
import { registerSchema, validate } from '@hyperjump/json-schema/draft-2020-12';

let next = 0;

/** Compiles `doc` with the second validator; resolves to a function answering valid or not for a JSON value. */
export async function secondOpinionFor(doc: Record<string, unknown>): Promise<(value: unknown) => boolean> {
  // A fresh id per compilation: the same document may be checked under several options in one process.
  const id = `urn:paragon-conformance:second-opinion:${process.pid}:${next++}`;
  registerSchema({ ...doc, $id: id }, id);
  const judge = await validate(id);
  return (value) => judge(value as Parameters<typeof judge>[0]).valid;
}
