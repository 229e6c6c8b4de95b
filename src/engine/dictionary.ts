/** The hostile dictionary's hooks into a run: the case source's option, and the report's summary (SPEC §10). */
import { dictionaryCases } from '../../generators/build/dictionary.js';
import type { SourceOptions } from '../../generators/source/source.js';
import type { DictionarySummary, Report } from '../core/types.js';
import type { CheckOptions } from '../options/types.js';

/** The case source's `dictionary` option for these check options (absent: the built-in dictionary alone). */
export function dictionaryOption(o: Pick<CheckOptions, 'dictionary'>): Pick<SourceOptions, 'dictionary'> {
  return o.dictionary === undefined ? {} : { dictionary: o.dictionary };
}

/** Builds the phase once (it is cached) so that a wrong config entry is a UsageError before anything starts. */
export function checkDictionary(o: CheckOptions, doc: object): void {
  if (o.dictionary && o.dictionary.length > 0) dictionaryCases(doc, o.dictionary);
}

/** The phase's summary for a run: entries × locations (none for replays, which run one saved case, or with the phase off). */
export function dictionarySummary(options: CheckOptions, doc: object, replaying: boolean): DictionarySummary | undefined {
  if (replaying || options.dictionary === false) return undefined;
  return dictionaryCases(doc, options.dictionary ?? []).summary;
}

/**
 * The report with its `dictionary` summary: the one the process that ran the checks computed (`summary`, from a vitest
 * worker), else computed here (the phase is cached per schema, so the in-process runner pays nothing).
 */
export function withDictionary(report: Report, options: CheckOptions, doc: object, replaying: boolean, summary?: DictionarySummary): Report {
  const dictionary = summary ?? dictionarySummary(options, doc, replaying);
  return dictionary ? { ...report, dictionary } : report;
}
