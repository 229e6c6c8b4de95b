/** XML escaping for `junit.xml`: text and attribute values that any report string (NUL, lone surrogates, `]]>`) cannot break. */
import { replaceForbiddenChars } from './text.js';

/** Escapes character data (element text). No CDATA is used, so `]]>` needs no special case beyond `>`. */
export function xmlText(text: string): string {
  return replaceForbiddenChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value; newlines and tabs become character references so they survive normalisation. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** ` name="value"` pairs, escaped. */
export const attrs = (pairs: readonly [string, string | number][]): string => pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');

/** One rendered `<testcase>` and what it counts as. */
export interface JunitCase {
  xml: string;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
}

/** A `<testcase>` element; `body` is already-escaped child XML (empty: self-closing). */
export function testcase(classname: string, name: string, time: string, body: string, outcome: JunitCase['outcome']): JunitCase {
  const open = `    <testcase${attrs([
    ['classname', classname],
    ['name', name],
    ['time', time],
  ])}`;
  return { xml: body ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`, outcome };
}

/** `tests`, `failures`, `errors`, `skipped` of a list of testcases: the totals always match the elements. */
export function totals(cases: readonly JunitCase[]): [string, number][] {
  const n = (o: JunitCase['outcome']) => cases.filter((c) => c.outcome === o).length;
  return [
    ['tests', cases.length],
    ['failures', n('failure')],
    ['errors', n('error')],
    ['skipped', n('skipped')],
  ];
}
