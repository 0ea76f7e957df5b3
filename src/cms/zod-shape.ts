/**
 * Reads what a form needs from a Zod schema: the kind of value, whether it is required, its
 * default, length limits, patterns and choices. The CMS configuration is generated from this
 * (src/cms/fields.ts), so a field added to a schema appears in the form with no second edit.
 */
import type { z } from 'astro/zod';
import { dateSchema, dateTimeSchema } from '../schemas/common.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
  error?: (issue: object) => unknown;
}

/** The limits a schema's checks set (z.string().min(3).regex(…), z.number().int()). */
function limitsOf(schema: z.ZodType) {
  const def = defOf(schema) as Def & { checks?: { _zod: { def: CheckDef } }[]; format?: string };
  const limits: { min?: number; max?: number; patterns: { pattern: RegExp; message?: string }[]; format?: string } = { patterns: [] };
  if (def.format) limits.format = def.format;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') limits.min = c.minimum;
    else if (c.check === 'max_length') limits.max = c.maximum;
    else if (c.check === 'greater_than') limits.min = c.value;
    else if (c.check === 'less_than') limits.max = c.value;
    else if (c.check === 'number_format') limits.format = c.format;
    else if (c.check === 'string_format' && c.pattern) {
      const message = c.error?.({});
      limits.patterns.push(typeof message === 'string' ? { pattern: c.pattern, message } : { pattern: c.pattern });
    }
  }
  return limits;
}

export type Shape =
  | { kind: 'date'; withTime: boolean }
  | { kind: 'string'; min?: number | undefined; max?: number | undefined; patterns: { pattern: RegExp; message?: string }[]; url: boolean }
  | { kind: 'number'; integer: boolean; min?: number | undefined; max?: number | undefined }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'array'; element: Described; min?: number | undefined }
  | { kind: 'object'; fields: Record<string, Described> }
  | { kind: 'unknown' };

export interface Described {
  shape: Shape;
  required: boolean;
  default?: unknown;
}

/** Describes one schema: optional and default wrappers are peeled off, preprocessing is looked through. */
export function describe(schema: z.ZodType): Described {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    if (current === dateSchema) return { shape: { kind: 'date', withTime: false }, required, default: fallback };
    if (current === dateTimeSchema) return { shape: { kind: 'date', withTime: true }, required, default: fallback };
    const def = defOf(current);
    if (def.type === 'optional') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      fallback = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that judges the value.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      break;
    }
  }
  const def = defOf(current);
  const withDefault = (shape: Shape): Described => (fallback === undefined ? { shape, required } : { shape, required, default: fallback });
  switch (def.type) {
    case 'string': {
      const limits = limitsOf(current);
      return withDefault({ kind: 'string', min: limits.min, max: limits.max, patterns: limits.patterns, url: limits.format === 'url' });
    }
    case 'number': {
      const limits = limitsOf(current);
      return withDefault({ kind: 'number', integer: limits.format === 'safeint', min: limits.min, max: limits.max });
    }
    case 'boolean':
      return withDefault({ kind: 'boolean' });
    case 'enum':
      return withDefault({ kind: 'enum', values: Object.values(def.entries ?? {}) });
    case 'array':
      return withDefault({ kind: 'array', element: describe(def.element!), min: limitsOf(current).min });
    case 'object':
      return withDefault({ kind: 'object', fields: Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, value]) => [key, describe(value)])) });
    default:
      return withDefault({ kind: 'unknown' });
  }
}
