/**
 * The one redactor every output passes through (terminal, reports, replay files, logs): known secrets (tokens, header
 * values) by value, token-shaped strings (JWTs, Bearer/Basic credentials) by shape, and secrets inside target specs.
 */
import type { Report } from './types.js';

/** What a secret is replaced with. */
export const REDACTED = '[REDACTED]';

/** Secrets shorter than this are ignored: replacing e.g. `1` everywhere would destroy the report and hides nothing. */
export const MIN_SECRET_LENGTH = 4;

/** The forms a secret takes in rendered text: raw, JSON-escaped, and HTML/XML-escaped. */
function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const markup = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const attr = markup.replace(/'/g, '&#39;');
  const xmlAttr = markup.replace(/'/g, '&apos;');
  return [...new Set([secret, json, markup, attr, xmlAttr])];
}

/** Usable secrets, longest first so a secret containing another is replaced whole. */
function usable(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
}

/**
 * Secrets recognised by shape, whatever their source (minted per-case user tokens are never listed one by one):
 * JWTs (three base64url parts, the first starting with `eyJ`) and the credential after `Bearer`/`Basic`.
 */
// Whole or cut (an excerpt may end inside the token): header.payload[.signature], or a bare JWT header.
const jwtShape = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?|\beyJ(?:hbGci|0eXAi|raWQi)[A-Za-z0-9_-]*/g;
const schemeShape = /\b(Bearer|Basic)(\s+|%20)[A-Za-z0-9._~+/=-]{8,}/gi;

/**
 * {@link redact} for a fixed list of secrets, for many texts: the secrets are sorted and their escaped forms worked out
 * once, not again for every text.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const forms = usable(secrets).flatMap(variants);
  return (text) => {
    let out = text.replace(jwtShape, REDACTED).replace(schemeShape, (_m: string, scheme: string, gap: string) => `${scheme}${gap}${REDACTED}`);
    for (const form of forms) out = out.split(form).join(REDACTED);
    return out;
  };
}

/** Replaces every occurrence of each secret (and its JSON/HTML/XML-escaped forms) in `text` with `[REDACTED]`, and every token-shaped string. */
export function redact(text: string, secrets: readonly string[]): string {
  return redactor(secrets)(text);
}

/** Deep copy of a JSON value with secrets redacted in every string and key; `__proto__` keys stay plain data. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
  const clean = redactor(secrets);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return clean(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** The report with secrets redacted everywhere (description, failures, HTTP exchanges, errors, notes). */
export function redactReport(report: Report, secrets: readonly string[]): Report {
  return redactValue(report, secrets);
}

const secretName = /(TOKEN|SECRET|PASSW(OR)?D|API[_-]?KEY|PRIVATE[_-]?KEY|AUTH|CREDENTIAL|SIGNING)/i;

/**
 * A target spec with secrets masked: URL credentials and secret-looking query parameters, `NAME=value`
 * environment assignments and `--flag value` pairs with secret-looking names, and bearer tokens.
 */
export function redactTarget(spec: string): string {
  if (/^https?:\/\//i.test(spec)) {
    try {
      const url = new URL(spec);
      if (url.username) url.username = '***';
      if (url.password) url.password = '***';
      for (const key of [...url.searchParams.keys()]) if (secretName.test(key)) url.searchParams.set(key, '***');
      return url.toString();
    } catch {
      return spec.replace(/\/\/[^/@]*@/, '//***@');
    }
  }
  return spec
    .replace(/\b([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g, (m, name: string) => (secretName.test(name) ? `${name}=***` : m))
    .replace(/(--?[A-Za-z][\w-]*)(=|\s+)("[^"]*"|'[^']*'|[^\s-]\S*)/g, (m, flag: string, sep: string) => (secretName.test(flag) ? `${flag}${sep}***` : m))
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 ***');
}
