/** The report layer in one import: renderers, writing, redaction, merging and the verdict rules (SPEC §6, §7). */
export { renderJson, canonicalReport } from './json.js';
export { renderJunit } from './junit.js';
export { renderMarkdown, MARKDOWN_MAX_BYTES } from './markdown.js';
export { renderHtml } from './html.js';
export { formats, allFormats, parseFormats, type Format, type FormatDef } from './formats.js';
export { writeReports, writeReportsSync, writeFileAtomic, writeFileAtomicSync, type WriteOptions } from './write.js';
export { redact, redactValue, redactReport, REDACTED } from './redact.js';
export { mergeReports, type MergeOptions } from './merge.js';
export { computeVerdict, summarize, isGatingFailure, isWarning, worstStatus, exitCodeFor } from './verdict.js';
export { validateReport, reportSchemaPath } from './schema.js';
