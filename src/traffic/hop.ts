/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection, so a proxy drops them and forwards the rest unchanged. */

const always = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * The end-to-end headers of a message, from Node's flat `rawHeaders` (`[name, value, name, value, …]`), in their original
 * order, case and repetition: hop-by-hop ones and those the `Connection` header names are left out, and so is `host`
 * when `dropHost` (the proxy sets the upstream's own).
 */
export function endToEnd(raw: readonly string[], dropHost = false): string[] {
  const named = new Set<string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === 'connection') for (const t of raw[i + 1]!.split(',')) named.add(t.trim().toLowerCase());
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (always.has(name) || named.has(name) || (dropHost && name === 'host')) continue;
    out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** The first value of header `name` (lower-case) in flat `rawHeaders`. */
export function rawHeader(raw: readonly string[], name: string): string | undefined {
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i]!.toLowerCase() === name) return raw[i + 1];
  return undefined;
}
