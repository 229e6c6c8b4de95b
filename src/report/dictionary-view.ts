/** The hostile dictionary's part of the reports (SPEC §10): entries × locations run, beside the coverage heatmap. */
import type { DictionarySummary } from '../core/types.js';
import { escapeHtml } from './html-escape.js';
import { plural, replaceForbiddenChars } from './text.js';

/** `""` (the root) shown as `(root)`. */
const where = (pattern: string): string => (pattern === '' ? '(root)' : pattern);

/** One sentence: how many entries ran at how many locations, how many cases, how many dropped. */
export function dictionaryLine(d: DictionarySummary): string {
  const config = d.fromConfig ? ` (${d.fromConfig} from the config)` : '';
  const dropped = d.dropped ? `; ${plural(d.dropped, 'placement')} dropped (the oracle disagreed with the entry)` : '';
  return `${d.entries} dictionary ${d.entries === 1 ? 'entry' : 'entries'}${config} ran at ${plural(d.locations.length, 'location')}: ${d.cases.valid} valid and ${d.cases.invalid} invalid cases${dropped}.`;
}

/** The HTML block: the sentence, cases per location and per class, and the dropped placements. */
export function dictionaryHtml(d: DictionarySummary | undefined): string {
  if (!d) return '';
  const row = (cells: (string | number)[]) =>
    `<tr>${cells.map((c, i) => (i === 0 ? `<td class="loc"><code>${escapeHtml(String(c))}</code></td>` : `<td class="num">${c}</td>`)).join('')}</tr>`;
  const locations = d.locations.map((l) => row([where(l.pattern), l.valid, l.invalid]));
  const classes = d.classes.map((k) => row([k.class, k.entries, k.locations, k.valid, k.invalid]));
  const dropped = d.droppedLabels?.length ? `<ul class="plain">${d.droppedLabels.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '';
  return [
    '<div id="dictionary"><h3>Hostile dictionary</h3>',
    `<p>${escapeHtml(dictionaryLine(d))}</p>`,
    '<table class="heat"><thead><tr><th>Location</th><th class="num">Valid cases</th><th class="num">Invalid cases</th></tr></thead>',
    `<tbody>${locations.join('\n')}</tbody></table>`,
    '<table class="heat"><thead><tr><th>Class</th><th class="num">Entries</th><th class="num">Locations</th><th class="num">Valid</th><th class="num">Invalid</th></tr></thead>',
    `<tbody>${classes.join('\n')}</tbody></table>${dropped}</div>`,
  ].join('\n');
}

/** The Markdown lines: the sentence and a table per class. */
export function dictionaryMarkdown(d: DictionarySummary | undefined): string[] {
  if (!d) return [];
  const name = (c: string) => replaceForbiddenChars(c).replace(/[`|\r\n]/g, ' ');
  const rows = d.classes.map((k) => `| \`${name(k.class)}\` | ${k.entries} | ${k.locations} | ${k.valid} | ${k.invalid} |`);
  return ['', '### Hostile dictionary', '', dictionaryLine(d), '', '| Class | Entries | Locations | Valid | Invalid |', '|---|---:|---:|---:|---:|', ...rows];
}
