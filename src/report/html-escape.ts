/** HTML escaping for the report page: every report string goes through here before it reaches markup. */
import { replaceForbiddenChars } from './text.js';

/** Escapes text for element content and quoted attribute values; control characters become visible `\uXXXX`. */
export function escapeHtml(text: string): string {
  return replaceForbiddenChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
