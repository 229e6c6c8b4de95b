/** Realism overlay for the faker engine: seeded random helpers and a vocabulary of plausible Paragon data, as data. */
import type fc from 'fast-check';

/** The overlay's random helpers, drawn from one case's random stream. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An RFC 4122 version-4 UUID built from this stream. */
  uuid(): string;
  /** A 31-bit seed for another generator (e.g. json-schema-faker). */
  seed(): number;
  /** The underlying fast-check stream (for the vocabulary's mutation arbitraries). */
  readonly random: fc.Random;
}

/** The overlay's helpers over a fast-check random stream (one per case, from `caseRandom`). */
export function rngOf(random: fc.Random): Rng {
  const int = (min: number, max: number): number => random.nextInt(min, max);
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  return {
    next: () => random.nextDouble(),
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
    seed: () => int(0, 0x7fffffff),
    random,
  };
}

/** Picks from `[value, weight]` pairs in proportion to the weights. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return items[items.length - 1]![0];
}

/** Integration keys as Paragon names them. */
export const integrationNames: readonly string[] = [
  'salesforce',
  'hubspot',
  'slack',
  'jira',
  'zendesk',
  'gmail',
  'shopify',
  'intercom',
  'notion',
  'asana',
  'googledrive',
  'googlecalendar',
  'outlook',
  'microsoftTeams',
  'dropbox',
  'github',
  'stripe',
  'quickbooks',
  'netsuite',
  'pipedrive',
  'zoom',
  'trello',
  'linear',
  'clickup',
  'marketo',
  'mailchimp',
  'airtable',
  'box',
];

const firstNames = ['Ada', 'Grace', 'Alan', 'Linus', 'Maya', 'Priya', 'Kenji', 'Sofia', 'Lucas', 'Amara', 'Noah', 'Chen', 'Fatima', 'Olga', 'Mateo', 'Zoë'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Okafor', 'Nakamura', 'García', 'Müller', 'Patel', 'Kim', 'Silva', 'Novak', 'Haddad', 'Johansson', 'Rossi'];
const companies = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Labs',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
  'Cyberdyne',
  'Soylent Co',
  'Vandelay Industries',
  'Massive Dynamic',
];
const plans = ['free', 'starter', 'pro', 'business', 'enterprise'];
const roles = ['admin', 'member', 'owner', 'viewer', 'billing'];
const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'pt-BR', 'es-ES'];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '');

/** A consistent fake person: the meta values of one user agree with each other. */
export interface Persona {
  first: string;
  last: string;
  company: string;
}

/** Draws a persona. */
export function persona(rng: Rng): Persona {
  return { first: rng.pick(firstNames), last: rng.pick(lastNames), company: rng.pick(companies) };
}

/** Metadata keys (as apps put them into a Connected User's meta) and how to make a plausible value. */
export const metaVocabulary: readonly (readonly [string, (rng: Rng, p: Persona) => string])[] = [
  ['Email', (_r, p) => `${slug(p.first)}.${slug(p.last)}@${slug(p.company)}.com`],
  ['Name', (_r, p) => `${p.first} ${p.last}`],
  ['company', (_r, p) => p.company],
  ['plan', (r) => r.pick(plans)],
  ['role', (r) => r.pick(roles)],
  ['region', (r) => r.pick(regions)],
  ['locale', (r) => r.pick(locales)],
  ['accountId', (r) => r.uuid()],
  ['seats', (r) => String(r.int(1, 500))],
  ['signupDate', (r) => new Date(Date.UTC(2019, 0, 1) + r.int(0, 6 * 365) * 86_400_000).toISOString().slice(0, 10)],
];

/** Prior weights for enum values seen in practice (unknown values weigh 10): mostly healthy credentials. */
export const enumWeights: Readonly<Record<string, number>> = { VALID: 80, EXPIRED: 12, INVALID: 8 };

/** Property names that are identifiers: their string values become UUIDs. */
export const idName = /(^id$|Id$|_id$|^uuid$)/;

/** Property names of booleans that are usually true for a live user. */
export const usuallyTrueName = /enabled|active|authenticated|connected/i;

/** How many entries a filled map gets: mostly a handful, sometimes none, now and then a dozen. */
export function mapSize(rng: Rng): number {
  return weighted(rng, [
    [0, 8],
    [1, 20],
    [2, 25],
    [3, 20],
    [4, 12],
    [6, 8],
    [12, 4],
    [20, 3],
  ] as const);
}

/** A plausible value for a string property called `name` (or any string when `name` is unknown). */
export function stringFor(rng: Rng, p: Persona, name: string | undefined): string {
  if (name !== undefined && idName.test(name)) return rng.uuid();
  const known = metaVocabulary.find(([k]) => k.toLowerCase() === name?.toLowerCase());
  if (known) return known[1](rng, p);
  return rng.pick(metaVocabulary)[1](rng, p);
}
