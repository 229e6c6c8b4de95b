/** The report format's own JSON Schema (SPEC §6), compiled once, so every written or merged report can be checked. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../schema/oracle.js';

// Compiled code lives in dist/src/report/, sources in src/report/: look in both places for the shipped schema.
const candidates = ['../../../schemas/report.schema.json', '../../schemas/report.schema.json'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));

/** Absolute path of `schemas/report.schema.json` in the package. */
export const reportSchemaPath: string = candidates.find((p) => existsSync(p)) ?? candidates[0]!;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(reportSchemaPath, 'utf8')) as object;
    const traffic = JSON.parse(readFileSync(reportSchemaPath.replace(/report\.schema\.json$/, 'traffic.schema.json'), 'utf8')) as object; // proxy/audit section
    compiled = createAjv().addSchema(traffic).compile(schema);
  }
  return compiled;
}

/**
 * Validates a value against the report schema.
 * @returns one readable line per error (`/checks/0/status must be equal to one of the allowed values`); empty when valid.
 */
export function validateReport(report: unknown): string[] {
  const validate = validator();
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` ('${String((e.params as { additionalProperty?: string }).additionalProperty)}')` : '';
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
  });
}
