/** The hostile dictionary's hooks into a run: the case source's option, and the report's summary (SPEC §10). */
import { dictionaryCases } from '../../generators/build/dictionary.js';
import type { SourceOptions } from '../../generators/source/source.js';
import type { Report } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';

/** The case source's `dictionary` option for these check options (absent: the built-in dictionary alone). */
export function dictionaryOption(o: CheckOptions): Pick<SourceOptions, 'dictionary'> {
  return o.dictionary === undefined ? {} : { dictionary: o.dictionary };
}

/** Builds the phase once (it is cached) so that a wrong config entry is a UsageError before anything starts. */
export function checkDictionary(o: CheckOptions, doc: object): void {
  if (o.dictionary && o.dictionary.length > 0) dictionaryCases(doc, o.dictionary);
}

/**
 * The report with its `dictionary` summary: entries × locations the phase ran (left out for replays, which run one saved
 * case, and when the phase is off). The phase is cached per schema, so the in-process runner pays nothing here.
 */
export function withDictionary(report: Report, options: CheckOptions, doc: object, replaying: boolean): Report {
  if (replaying || options.dictionary === false) return report;
  return { ...report, dictionary: dictionaryCases(doc, options.dictionary ?? []).summary };
}
