import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';
import { crossReferenceProblems } from './cross-references';

/** Limits checked before parsing, so a hostile or broken file cannot exhaust memory. */
export const SCENARIO_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxNesting: 32,
} as const;

export interface ScenarioProblem {
  /** Dotted field path, e.g. "council.permanent[2]". Empty for the whole file. */
  path: string;
  message: string;
}

export type ScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: ScenarioProblem[] };

export function formatProblem(problem: ScenarioProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * A problem's field path as a scenario author reads it in the app: "states[3].code" becomes
 * "states › 3 › code" (the entry's position in the list, counted from 0 as the validator does).
 */
export function pathInWords(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((part) => part !== '').join(' › ');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Deepest bracket / indentation nesting of a text, estimated without parsing it. */
export function estimateNesting(source: string): number {
  let depth = 0;
  let maxDepth = 0;
  let maxIndent = 0;
  for (const line of source.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() && !line.trim().startsWith('#')) maxIndent = Math.max(maxIndent, indent);
  }
  for (const ch of source) {
    if (ch === '{' || ch === '[') maxDepth = Math.max(maxDepth, ++depth);
    else if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1);
  }
  return Math.max(maxDepth, Math.floor(maxIndent / 2));
}

/** Byte length of a string in UTF-8, without TextEncoder (not in the core's lib). */
export function utf8Length(source: string): number {
  let bytes = 0;
  for (const ch of source) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Parses YAML or JSON text (JSON is YAML), enforcing the limits first. */
export function parseScenarioText(source: string): { ok: true; data: unknown } | { ok: false; problems: ScenarioProblem[] } {
  const bytes = utf8Length(source);
  if (bytes > SCENARIO_LIMITS.maxBytes) {
    return { ok: false, problems: [{ path: '', message: `file is ${bytes} bytes; the limit is ${SCENARIO_LIMITS.maxBytes}` }] };
  }
  const nesting = estimateNesting(source);
  if (nesting > SCENARIO_LIMITS.maxNesting) {
    return { ok: false, problems: [{ path: '', message: `nesting depth ${nesting} exceeds the limit of ${SCENARIO_LIMITS.maxNesting}` }] };
  }
  try {
    return { ok: true, data: parseYaml(source, { maxAliasCount: 100, uniqueKeys: true }) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, problems: [{ path: '', message: `not valid YAML or JSON: ${message}` }] };
  }
}

export function zodProblems(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** A JSON scenario may name its JSON Schema for editors (`"$schema": "..."`); it is not scenario data. */
function withoutSchemaReference(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !('$schema' in data)) return data;
  const { $schema: _schema, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** Validates already-parsed data: the schema, then every cross-reference. */
export function validateScenario(data: unknown): ScenarioResult {
  const parsed = scenarioSchema.safeParse(withoutSchemaReference(data));
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, scenario: parsed.data };
}

export function loadScenarioText(source: string): ScenarioResult {
  const parsed = parseScenarioText(source);
  if (!parsed.ok) return parsed;
  return validateScenario(parsed.data);
}
