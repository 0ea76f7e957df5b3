/** The committed JSON Schemas (editor help) must match the Zod schemas the check and build use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allJsonSchemas, jsonSchemaFolder } from '../../../src/check/json-schemas.ts';
import { projectRoot } from '../../support/fixture-project.ts';

test('schemas/json/ is up to date with src/schemas/ (run «npm run schemas» if not)', () => {
  for (const [name, text] of allJsonSchemas()) {
    const path = join(projectRoot, jsonSchemaFolder, name);
    assert.ok(existsSync(path), `${jsonSchemaFolder}/${name} mangler: kjør «npm run schemas»`);
    assert.equal(readFileSync(path, 'utf8'), text, `${jsonSchemaFolder}/${name} er utdatert: kjør «npm run schemas»`);
  }
});

test('the practice schema tells the editor which values and fields are allowed', () => {
  const schema = JSON.parse(allJsonSchemas().get('practice.json')!) as {
    properties: Record<string, { enum?: string[]; description?: string; properties?: Record<string, unknown> }>;
    required: string[];
    additionalProperties: boolean;
  };
  assert.deepEqual(schema.properties.status?.enum, ['planlagt', 'pagar', 'avsluttet', 'ukjent-utfall']);
  assert.match(schema.properties.municipalities?.description ?? '', /SSB/);
  assert.ok(schema.required.includes('contact'));
  assert.ok(schema.properties.image?.properties?.alt, 'image has alt');
  assert.equal(schema.additionalProperties, false, 'unknown fields are flagged in the editor too');
});

test('VS Code is told which schema belongs to which YAML folder', () => {
  const settings = JSON.parse(readFileSync(join(projectRoot, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  for (const [schema, glob] of Object.entries(settings['yaml.schemas'])) {
    assert.ok(existsSync(join(projectRoot, schema)), `${schema} finnes`);
    assert.match(glob, /^content\/(tema|organisasjoner)\/\*\.yaml$/);
  }
});
