/**
 * One-change variants of the Connected User schema with the verdict each role must get (SPEC §14): every keyword of
 * this schema tightened, loosened, removed and added, enum values added and removed, `required` added,
 * `additionalProperties` closed, a type widened, plus edits that change no instance's validity.
 */
import { readFileSync } from 'node:fs';

/** A schema document being edited (plain JSON). */
// biome-ignore lint/suspicious/noExplicitAny: schema edits walk arbitrary JSON
export type Doc = any;

/** Expected verdicts [reader, writer] by change id. */
export type Expect = Record<string, ['compatible' | 'breaking' | 'unknown', 'compatible' | 'breaking' | 'unknown']>;

export interface Variant {
  name: string;
  /** Edit applied to OLD (default: the published schema as is). */
  old?: (s: Doc) => void;
  /** Edit applied to NEW (on top of the same edit as OLD when `both` is true). */
  new: (s: Doc) => void;
  expect: Expect;
}

export const published: Doc = JSON.parse(readFileSync('schemas/connected-user.schema.json', 'utf8'));

/** OLD and NEW documents of a variant. */
export function versions(v: Variant): { oldDoc: Doc; newDoc: Doc } {
  const oldDoc = structuredClone(published);
  v.old?.(oldDoc);
  const newDoc = structuredClone(oldDoc);
  v.new(newDoc);
  return { oldDoc, newDoc };
}

const status = (s: Doc) => s.$defs.UserIntegration.properties.credentialStatus;
const entry = (s: Doc) => s.$defs.UserIntegration;
const id = (s: Doc) => s.properties.id;
const B = 'breaking' as const;
const C = 'compatible' as const;
const U = 'unknown' as const;
const ST = '$.integrations.*.credentialStatus';

/** Changes that alter validity. */
export const variants: Variant[] = [
  { name: 'enum value added (PENDING)', new: (s) => status(s).enum.push('PENDING'), expect: { [`${ST}:enum`]: [C, B] } },
  { name: 'enum value removed (EXPIRED)', new: (s) => status(s).enum.pop(), expect: { [`${ST}:enum`]: [B, C] } },
  { name: 'enum value renamed (VALID → ACTIVE)', new: (s) => (status(s).enum[0] = 'ACTIVE'), expect: { [`${ST}:enum`]: [B, B] } },
  { name: 'enum removed', new: (s) => delete status(s).enum, expect: { [`${ST}:enum`]: [C, B] } },
  { name: 'enum added (providerId)', new: (s) => (entry(s).properties.providerId.enum = ['github']), expect: { '$.integrations.*.providerId:enum': [B, C] } },
  { name: 'required added at the root', new: (s) => (s.required = ['id']), expect: { '$:required': [B, C] } },
  { name: 'required added in an integration', new: (s) => (entry(s).required = ['credentialStatus']), expect: { '$.integrations.*:required': [B, C] } },
  { name: 'required loosened', old: (s) => (s.required = ['id', 'meta']), new: (s) => (s.required = ['id']), expect: { '$:required': [C, B] } },
  { name: 'additionalProperties closed at the root', new: (s) => (s.additionalProperties = false), expect: { '$.*:additionalProperties': [B, C] } },
  {
    name: 'additionalProperties closed in an integration',
    new: (s) => (entry(s).additionalProperties = false),
    expect: { '$.integrations.*.*:additionalProperties': [B, C] },
  },
  {
    name: 'additionalProperties opened',
    old: (s) => (s.additionalProperties = false),
    new: (s) => delete s.additionalProperties,
    expect: { '$.*:additionalProperties': [C, B] },
  },
  { name: 'type widened (id: string → string|number)', new: (s) => (id(s).type = ['string', 'number']), expect: { '$.id:type': [C, B] } },
  { name: 'type changed (id: string → integer)', new: (s) => (id(s).type = 'integer'), expect: { '$.id:type': [B, B] } },
  { name: 'type removed (authenticated)', new: (s) => delete s.properties.authenticated.type, expect: { '$.authenticated:type': [C, B] } },
  {
    name: 'type narrowed (number → integer)',
    old: (s) => (s.properties.score = { type: 'number' }),
    new: (s) => (s.properties.score.type = 'integer'),
    expect: { '$.score:type': [B, C] },
  },
  { name: 'meta values: any JSON (live API)', new: (s) => (s.properties.meta.additionalProperties = {}), expect: { '$.meta.*:type': [C, B] } },
  {
    name: 'meta values widened to string|number|boolean',
    new: (s) => (s.properties.meta.additionalProperties.type = ['string', 'number', 'boolean']),
    expect: { '$.meta.*:type': [C, B] },
  },
  { name: 'meta: additionalProperties removed', new: (s) => delete s.properties.meta.additionalProperties, expect: { '$.meta.*:type': [C, B] } },
  { name: 'meta: maxProperties added', new: (s) => (s.properties.meta.maxProperties = 5), expect: { '$.meta:maxProperties': [B, C] } },
  { name: 'meta: minProperties added', new: (s) => (s.properties.meta.minProperties = 1), expect: { '$.meta:minProperties': [B, C] } },
  { name: 'minLength added (id)', new: (s) => (id(s).minLength = 3), expect: { '$.id:minLength': [B, C] } },
  { name: 'minLength loosened (3 → 1)', old: (s) => (id(s).minLength = 3), new: (s) => (id(s).minLength = 1), expect: { '$.id:minLength': [C, B] } },
  { name: 'minLength removed', old: (s) => (id(s).minLength = 3), new: (s) => delete id(s).minLength, expect: { '$.id:minLength': [C, B] } },
  { name: 'maxLength tightened (20 → 10)', old: (s) => (id(s).maxLength = 20), new: (s) => (id(s).maxLength = 10), expect: { '$.id:maxLength': [B, C] } },
  { name: 'maxLength loosened (10 → 20)', old: (s) => (id(s).maxLength = 10), new: (s) => (id(s).maxLength = 20), expect: { '$.id:maxLength': [C, B] } },
  { name: 'pattern added (id)', new: (s) => (id(s).pattern = '^[a-z]+$'), expect: { '$.id:pattern': [B, C] } },
  {
    name: 'pattern widened ([a-z] → [a-z0-9]): no rule compares regexes, no reader witness exists',
    old: (s) => (id(s).pattern = '^[a-z]+$'),
    new: (s) => (id(s).pattern = '^[a-z0-9]+$'),
    expect: { '$.id:pattern': [U, B] },
  },
  { name: 'format added (id: uuid)', new: (s) => (id(s).format = 'uuid'), expect: { '$.id:format': [B, C] } },
  { name: 'const added (authenticated: true)', new: (s) => (s.properties.authenticated.const = true), expect: { '$.authenticated:const': [B, C] } },
  {
    name: 'minimum loosened, maximum tightened',
    old: (s) => (s.properties.score = { type: 'integer', minimum: 1, maximum: 100 }),
    new: (s) => Object.assign(s.properties.score, { minimum: 0, maximum: 50 }),
    expect: { '$.score:minimum': [C, B], '$.score:maximum': [B, C] },
  },
  {
    name: 'exclusiveMinimum added',
    old: (s) => (s.properties.score = { type: 'number' }),
    new: (s) => (s.properties.score.exclusiveMinimum = 0),
    expect: { '$.score:exclusiveMinimum': [B, C] },
  },
  {
    name: 'multipleOf tightened (2 → 4)',
    old: (s) => (s.properties.score = { type: 'integer', multipleOf: 2 }),
    new: (s) => (s.properties.score.multipleOf = 4),
    expect: { '$.score:multipleOf': [B, C] },
  },
  {
    name: 'multipleOf loosened (4 → 2)',
    old: (s) => (s.properties.score = { type: 'integer', multipleOf: 4 }),
    new: (s) => (s.properties.score.multipleOf = 2),
    expect: { '$.score:multipleOf': [C, B] },
  },
  { name: 'property added with a type (userId)', new: (s) => (s.properties.userId = { type: 'string' }), expect: { '$.userId:type': [B, C] } },
  { name: 'property removed (providerId)', new: (s) => delete entry(s).properties.providerId, expect: { '$.integrations.*.providerId:type': [C, B] } },
  {
    name: 'array items changed (string → integer) and minItems added',
    old: (s) => (s.properties.tags = { type: 'array', items: { type: 'string' } }),
    new: (s) => Object.assign(s.properties.tags, { items: { type: 'integer' }, minItems: 1 }),
    expect: { '$.tags:minItems': [B, C], '$.tags[*]:type': [B, B] },
  },
  {
    name: 'maxItems raised',
    old: (s) => (s.properties.tags = { type: 'array', maxItems: 2 }),
    new: (s) => (s.properties.tags.maxItems = 3),
    expect: { '$.tags:maxItems': [C, B] },
  },
  {
    name: 'prefixItems changed (a keyword the generators do not model): witnesses still found',
    old: (s) => (s.properties.tags = { type: 'array', prefixItems: [{ type: 'string' }] }),
    new: (s) => (s.properties.tags.prefixItems = [{ type: 'integer' }]),
    expect: { '$.tags:prefixItems': [B, B] },
  },
  {
    name: 'anyOf narrowed: readers break; for writers no rule and no witness (unknown)',
    old: (s) => (s.properties.id = { anyOf: [{ type: 'string' }, { type: 'integer' }] }),
    new: (s) => (s.properties.id = { anyOf: [{ type: 'string' }] }),
    expect: { '$.id:anyOf': [B, U] },
  },
  {
    name: 'a property becomes false',
    new: (s) => (entry(s).properties.providerId = false),
    expect: { '$.integrations.*.providerId:false schema': [B, C] },
  },
];

/** Edits that change no instance's validity: no change at all, exit 0. */
export const noOps: Variant[] = [
  { name: 'description and title changed', new: (s) => Object.assign(s, { title: 'Connected User v2', description: 'changed' }), expect: {} },
  { name: 'examples, $comment, deprecated added', new: (s) => Object.assign(id(s), { examples: ['u1'], $comment: 'x', deprecated: true }), expect: {} },
  {
    name: 'key order shuffled (properties, keywords, $defs)',
    new: (s) => {
      s.properties = Object.fromEntries(Object.entries(s.properties).reverse());
      const e = entry(s);
      e.properties = Object.fromEntries(Object.entries(e.properties).reverse());
      status(s).enum.reverse();
      for (const k of Object.keys(s).reverse()) {
        const v = s[k];
        delete s[k];
        s[k] = v;
      }
    },
    expect: {},
  },
  {
    name: '$defs entry renamed with the same content',
    new: (s) => {
      s.$defs = { Integration: s.$defs.UserIntegration };
      s.properties.integrations.additionalProperties.$ref = '#/$defs/Integration';
    },
    expect: {},
  },
  {
    name: '$ref replaced by an inline copy',
    new: (s) => (s.properties.integrations.additionalProperties = structuredClone(entry(s))),
    expect: {},
  },
  { name: 'type written as a one-element list', new: (s) => (id(s).type = ['string']), expect: {} },
  { name: 'required reordered', old: (s) => (s.required = ['id', 'meta']), new: (s) => (s.required = ['meta', 'id']), expect: {} },
  { name: 'additionalProperties: true written out', new: (s) => (s.additionalProperties = true), expect: {} },
];

/** Two changes at once: a witness must fail at its own change, so the other change's break is never lent to it. */
export const combined: Variant = {
  name: 'pattern widened and required added together',
  old: (s) => (id(s).pattern = '^[a-z]+$'),
  new: (s) => {
    id(s).pattern = '^[a-z0-9]+$';
    s.required = ['meta'];
  },
  expect: { '$:required': [B, C], '$.id:pattern': [U, B] },
};
