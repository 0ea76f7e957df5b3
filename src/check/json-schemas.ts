/**
 * JSON Schemas of the content collections, made from the same Zod schemas the check and the build
 * use, with the editor help from field-help.ts as descriptions. Editors get completion and
 * warnings for frontmatter from them (see .vscode/settings.json and CONTRIBUTING.md);
 * `npm run schemas` writes them to schemas/json/, and a unit test fails when they are stale.
 */
import { z } from 'astro/zod';
import { collectionNames, rowOf, type CollectionName } from '../collections/registry.ts';
import { fieldHelp } from './field-help.ts';

/** Where the committed schemas live, relative to the project root. */
export const jsonSchemaFolder = 'schemas/json';

type JsonObject = Record<string, unknown>;

/** `anyOf: [{ type: 'string' }, {}]` (a date as text or Date) says nothing; keep the text form. */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const object = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, simplify(v)])) as JsonObject;
  const anyOf = object.anyOf as JsonObject[] | undefined;
  if (anyOf) {
    const meaningful = anyOf.filter((option) => Object.keys(option).length > 0);
    if (meaningful.length === 1) {
      delete object.anyOf;
      return { ...meaningful[0], ...object };
    }
  }
  return object;
}

/** The JSON Schema of one collection, as the text written to schemas/json/<name>.json. */
export function jsonSchemaText(name: CollectionName): string {
  const spec = rowOf(name);
  // io: 'input' describes what editors write (before defaults and date parsing); dates the
  // schemas also accept as Date objects have no JSON form and are left open ('any').
  const schema = simplify(z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' })) as JsonObject;
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  for (const [key, property] of Object.entries(properties)) {
    if (fieldHelp[key] && !property.description) property.description = fieldHelp[key];
  }
  // The content check reports fields the site does not know; say so in the editor too.
  if (schema.type === 'object') schema.additionalProperties = false;
  const pattern = spec.pattern === '*.yaml' ? `content/${spec.folder}/*.yaml` : `content/${spec.folder}/${spec.pattern}`;
  const ordered = { $schema: schema.$schema, title: `Felter i ${pattern}`, ...schema };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Every collection's schema, by file name. */
export function allJsonSchemas(): Map<string, string> {
  return new Map(collectionNames.map((name) => [`${name}.json`, jsonSchemaText(name)]));
}
