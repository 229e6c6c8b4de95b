/** Which exchanges are judged (SPEC §15): GET and PATCH on `…/projects/{id}/sdk/me`, whatever prefix the service lives under. */

const sdkMe = /\/projects\/[^/]+\/sdk\/me\/?$/;
const jsonMedia = /^\s*application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** True for the Connected User resource: the path (without query) ends in `/projects/{id}/sdk/me`. */
export function isSdkMe(path: string): boolean {
  return sdkMe.test(path);
}

/** True when the method's bodies are judged: GET and PATCH answers, PATCH requests. */
export function isJudgedMethod(method: string): boolean {
  const m = method.toUpperCase();
  return m === 'GET' || m === 'PATCH';
}

/** True when a `Content-Type` value declares JSON (`application/json`, `application/problem+json`, with parameters). */
export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && jsonMedia.test(contentType);
}

/** The media type alone, lower-case (`text/plain; charset=utf-8` → `text/plain`); `(none)` when absent. */
export function mediaType(contentType: string | undefined): string {
  if (contentType === undefined || contentType.trim() === '') return '(none)';
  return (contentType.split(';')[0] ?? '').trim().toLowerCase().slice(0, 100) || '(none)';
}

/** The path without query or fragment. */
export function pathOf(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
