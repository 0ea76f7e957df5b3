/**
 * Turns a collection's Zod schema into the fields of the form (Decap CMS widgets): labels in
 * Norwegian, the check's help text as hints, required fields required, choices that show names,
 * date pickers, sources as a repeatable group, images with alternative text and credit.
 */
import type { z } from 'astro/zod';
import { t, type UiKey } from '../i18n/index.ts';
import nb from '../i18n/nb.json' with { type: 'json' };
import { fieldHelp } from '../check/field-help.ts';
import { rowOf, type CollectionName } from '../collections/registry.ts';
import { municipalOrganisationFields } from '../lib/municipal-organisations.ts';
import type { ContentFile } from '../check/files.ts';
import { describe, type Described } from './zod-shape.ts';
import { countyChoices, entryChoices, municipalityChoices, organisationChoices, vocabularyChoices, type Choice } from './choices.ts';

/** One field of the Decap CMS configuration. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Fields whose text runs to several sentences get a text area. */
const longText = new Set(['ingress', 'challenge', 'evaluation', 'results', 'description', 'definition', 'whoMayApply', 'alt', 'note', 'caption']);

/** Fields that belong at the end of the form, after what the page is about. */
const lastFields = ['sources', 'searchTerms', 'draft'];

const has = (key: string): key is UiKey => key in nb;

/** The Norwegian label of a field: the form's own, or the one the page uses. */
function labelOf(name: string, path: string): string {
  for (const key of [`cms.field.${path}`, `cms.field.${name}`, `meta.${name}`]) if (has(key)) return t('nb', key);
  return name;
}

/** The hint under a field: the form's own, or the content check's help for the field. */
function hintOf(name: string, path: string): string | undefined {
  for (const key of [`cms.hint.${path}`, `cms.hint.${name}`]) if (has(key)) return t('nb', key);
  return path.includes('.') ? undefined : fieldHelp[name];
}

interface Context {
  collection: CollectionName;
  files: ContentFile[];
}

/** The choices for a field that holds ids or names, if it is one. */
function choicesFor(ctx: Context, path: string): Choice[] | undefined {
  if (ctx.collection === 'practice' && path === 'municipalities') return municipalityChoices();
  if (ctx.collection === 'practice' && path === 'counties') return countyChoices();
  const target = rowOf(ctx.collection).references[path];
  if (!target) return undefined;
  if (target === 'organisations') return organisationChoices(ctx.files, municipalOrganisationFields[ctx.collection]?.includes(path) === true);
  return entryChoices(ctx.files, target);
}

/** A Decap pattern: [regular expression, message shown when it does not match]. */
function patternFor(described: Described): [string, string] | undefined {
  const shape = described.shape;
  if (shape.kind !== 'string') return undefined;
  if (shape.url) return ['^https?://\\S+$', t('nb', 'cms.pattern.url')];
  const own = shape.patterns[0];
  if (own) return [own.pattern.source, own.message ?? t('nb', 'cms.pattern.period')];
  if (shape.min !== undefined && shape.max !== undefined) return [`^[\\s\\S]{${shape.min},${shape.max}}$`, t('nb', 'cms.pattern.length', { min: shape.min, max: shape.max })];
  if (shape.min !== undefined && shape.min > 1) return [`^[\\s\\S]{${shape.min},}$`, t('nb', 'cms.pattern.min', { min: shape.min })];
  return undefined;
}

function field(ctx: Context, name: string, described: Described, parent = ''): CmsField {
  const path = parent ? `${parent}.${name}` : name;
  const base: Record<string, unknown> & { name: string; label: string } = { name, label: labelOf(name, path) };
  const hint = hintOf(name, path);
  if (hint) base.hint = hint;
  if (!described.required) base.required = false;
  if (described.default !== undefined && !(Array.isArray(described.default) && described.default.length === 0)) base.default = described.default;
  const shape = described.shape;
  const choices = choicesFor(ctx, path);
  switch (shape.kind) {
    case 'date':
      return shape.withTime
        ? { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm', picker_utc: true }
        : { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number':
      return { ...base, widget: 'number', value_type: shape.integer ? 'int' : 'float', ...(shape.min !== undefined ? { min: shape.min } : {}), ...(shape.max !== undefined ? { max: shape.max } : {}) };
    case 'enum':
      // Most pages are in bokmål; the editor changes it for nynorsk.
      if (name === 'lang' && base.default === undefined) base.default = 'nb';
      return { ...base, widget: 'select', options: vocabularyChoices(shape.values) };
    case 'string': {
      if (choices) return { ...base, widget: 'select', options: choices };
      // An image's file: uploaded to the collection's image folder (media_folder in config.ts).
      if (name === 'src' && parent.endsWith('image')) return { ...base, widget: 'image', choose_url: false };
      const pattern = patternFor(described);
      return { ...base, widget: longText.has(name) ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'array': {
      const element = shape.element.shape;
      const min = shape.min !== undefined ? { min: shape.min } : {};
      if (choices) return { ...base, widget: 'select', multiple: true, options: choices, ...min };
      if (element.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: vocabularyChoices(element.values), ...min };
      if (element.kind === 'object') {
        const fields = Object.entries(element.fields).map(([key, value]) => field(ctx, key, value, path));
        const item = `cms.item.${name}`;
        return { ...base, widget: 'list', collapsed: false, ...(has(item) ? { label_singular: t('nb', item) } : {}), summary: `{{fields.${fields[0]?.name ?? 'title'}}}`, fields, ...min };
      }
      return { ...base, widget: 'list', ...min };
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: Object.entries(shape.fields).map(([key, value]) => field(ctx, key, value, path)) };
    default:
      return { ...base, widget: 'string' };
  }
}

/** The form of one collection: its schema's fields in a reading order, then the body text. */
export function formFields(collection: CollectionName, schema: z.ZodType, files: ContentFile[]): CmsField[] {
  const described = describe(schema);
  if (described.shape.kind !== 'object') throw new Error(`Skjemaet for ${collection} er ikke et objekt.`);
  const ctx = { collection, files };
  const entries = Object.entries(described.shape.fields);
  const ordered = [...entries.filter(([name]) => !lastFields.includes(name)), ...lastFields.flatMap((name) => entries.filter(([n]) => n === name))];
  const fields = ordered.map(([name, value]) => field(ctx, name, value));
  // A Markdown (.md) body cannot hold the recommendation block (admin-script.ts): the content check
  // would refuse it, so the «+» menu offers only what Markdown itself has.
  const components = rowOf(collection).body === 'md' ? { editor_components: ['image', 'code-block'] } : {};
  return [...fields, { name: 'body', label: labelOf('body', 'body'), hint: t('nb', 'cms.hint.body'), widget: 'markdown', ...components }];
}
