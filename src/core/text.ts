/** Short texts of JSON values for messages. */

/** Compact JSON for messages, cut at `max` characters. */
export function excerpt(value: unknown, max = 400): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}
