/** The report layer in one import: renderers, writing, redaction, merging and the verdict rules (SPEC §6, §7). */

export { REDACTED, redact, redactReport, redactValue } from '../core/redact.js';
export { allFormats, type Format, type FormatDef, formats, parseFormats } from './formats.js';
export { renderHtml } from './html.js';
export { canonicalReport, renderJson } from './json.js';
export { renderJunit } from './junit.js';
export { MARKDOWN_MAX_BYTES, renderMarkdown } from './markdown.js';
export { type MergeOptions, mergeReports } from './merge.js';
export { reportSchemaPath, validateReport } from './schema.js';
export { computeVerdict, exitCodeFor, isGatingFailure, isWarning, summarize, worstStatus } from './verdict.js';
export { type WriteOptions, writeReports, writeReportsSync } from './write.js';
