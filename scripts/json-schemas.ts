/**
 * `npm run schemas`: writes the JSON Schema of every content collection to schemas/json/, for
 * frontmatter help in editors. Run it after changing a schema in src/schemas/; the unit tests
 * fail while the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allJsonSchemas, jsonSchemaFolder } from '../src/check/json-schemas.ts';

const folder = join(fileURLToPath(new URL('..', import.meta.url)), jsonSchemaFolder);
mkdirSync(folder, { recursive: true });
const schemas = allJsonSchemas();
for (const [name, text] of schemas) writeFileSync(join(folder, name), text);
console.log(`Skrev ${schemas.size} JSON-skjemaer til ${jsonSchemaFolder}/.`);
