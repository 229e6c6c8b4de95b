/**
 * The exchange shapes `audit` reads. An ndjson line is
 * `{"request":{"method","url","headers","body"},"response":{"status","headers","body"},"time"?}`; a HAR entry is HAR 1.2's
 * `{request:{method,url,headers,postData}, response:{status,headers,content}, startedDateTime}`. Either becomes an `Exchange`.
 */
import { isObject } from '../core/json.js';
import { pathOf } from './route.js';
import type { Exchange } from './types.js';

/** A record that is not an exchange: why. */
export class ShapeError extends Error {}

/** Header names lower-case, from `{name: value | [values]}` or HAR's `[{name, value}]`; only the ones the judge reads. */
function headersOf(h: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const keep = (name: unknown, value: unknown) => {
    const n = typeof name === 'string' ? name.toLowerCase() : '';
    if ((n === 'content-type' || n === 'authorization') && out[n] === undefined)
      out[n] = Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : undefined;
  };
  if (Array.isArray(h)) for (const e of h) if (isObject(e)) keep(e.name, e.value);
  if (isObject(h)) for (const [k, v] of Object.entries(h)) keep(k, v);
  return out;
}

/** A body: text (base64 when `encoding` says so), or a JSON value given as is; too-large bodies are flagged. */
function bodyOf(body: unknown, encoding: unknown, limit: number, flag: () => void): Exchange['requestBody'] {
  if (body === undefined) return undefined;
  if (typeof body !== 'string') return { json: body };
  const bytes = encoding === 'base64' ? Buffer.from(body, 'base64') : undefined;
  if ((bytes?.length ?? body.length) > limit) {
    flag();
    return undefined;
  }
  return bytes ?? body;
}

function pathOfUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    try {
      return new URL(url).pathname;
    } catch {
      throw new ShapeError('request.url is not a valid URL');
    }
  }
  return pathOf(url);
}

/** Reads one ndjson log record (see the module comment); throws `ShapeError` saying what is missing. */
export function exchangeFromLine(v: unknown, where: string, limit: number): Exchange {
  if (!isObject(v) || !isObject(v.request) || !isObject(v.response)) throw new ShapeError('expected {"request":{…},"response":{…}}');
  const { request: q, response: s } = v;
  const url = typeof q.url === 'string' ? q.url : q.path;
  if (typeof q.method !== 'string' || typeof url !== 'string') throw new ShapeError('request.method and request.url (or path) must be strings');
  if (typeof s.status !== 'number' || !Number.isInteger(s.status)) throw new ShapeError('response.status must be an integer');
  const time = typeof v.time === 'string' ? v.time : typeof v.startedDateTime === 'string' ? v.startedDateTime : undefined;
  const ex: Exchange = {
    method: q.method,
    path: pathOfUrl(url),
    requestHeaders: headersOf(q.headers),
    status: s.status,
    responseHeaders: headersOf(s.headers),
    where,
  };
  const flag = () => (ex.tooLarge = true);
  const reqBody = bodyOf(q.body, q.encoding, limit, flag);
  const resBody = bodyOf(s.body, s.encoding, limit, flag);
  if (reqBody !== undefined) ex.requestBody = reqBody;
  if (resBody !== undefined) ex.responseBody = resBody;
  if (time) ex.at = time;
  return ex;
}

/** Reads one HAR 1.2 entry; throws `ShapeError` saying what is missing. */
export function exchangeFromHar(v: unknown, where: string, limit: number): Exchange {
  if (!isObject(v) || !isObject(v.request) || !isObject(v.response)) throw new ShapeError('expected a HAR entry with request and response');
  const { request: q, response: s } = v;
  const content = isObject(s.content) ? s.content : {};
  const post = isObject(q.postData) ? q.postData : {};
  const headers = headersOf(s.headers);
  if (headers['content-type'] === undefined && typeof content.mimeType === 'string' && content.mimeType !== '') headers['content-type'] = content.mimeType;
  return exchangeFromLine(
    {
      request: { method: q.method, url: q.url, headers: q.headers, body: post.text, encoding: post.encoding },
      response: {
        status: s.status,
        headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
        body: content.text,
        encoding: content.encoding,
      },
      time: v.startedDateTime,
    },
    where,
    limit,
  );
}
