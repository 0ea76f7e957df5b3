/**
 * The form's configuration is generated from the schemas and the content: a field added to a
 * schema appears with no second edit, choices show names and store ids, municipalities come from
 * SSB's list with former ones marked, and an image needs alternative text and credit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { cmsConfig, cmsConfigYaml } from '../../../src/cms/config.ts';
import { formFields, type CmsField } from '../../../src/cms/fields.ts';
import { findContentFiles } from '../../../src/check/files.ts';
import { practiceSchema } from '../../../src/schemas/practice.ts';
import { projectRoot } from '../../support/fixture-project.ts';

const config = cmsConfig({ root: projectRoot, site: 'https://www.forebygging.no' });
const collections = config.collections as { name: string; folder: string; extension: string; media_folder: string; fields: CmsField[] }[];
const practice = collections.find((c) => c.name === 'practice')!;
const byName = (fields: CmsField[], name: string) => fields.find((f) => f.name === name)!;
const options = (f: CmsField) => f.options as { label: string; value: string }[];

test('practice examples come first, then articles, news, events and grants, each in its own folder', () => {
  assert.deepEqual(collections.map((c) => c.name), ['practice', 'articles', 'news', 'events', 'grants']);
  assert.equal(practice.folder, 'content/praksis');
  assert.equal(practice.media_folder, 'bilder', 'images go to the collection\'s bilder/ folder');
  assert.equal(config.publish_mode, 'editorial_workflow', 'a draft becomes a branch and a pull request');
});

test('the form lists and writes Markdown (.md) files, and offers no recommendation block Markdown cannot show', () => {
  // Decap lists only files with the configured ending: the content of these collections is .md.
  for (const c of collections) assert.equal(c.extension, 'md', c.name);
  assert.deepEqual(byName(practice.fields, 'body').editor_components, ['image', 'code-block']);
});

test('labels and hints are Norwegian, and required fields are required', () => {
  const title = byName(practice.fields, 'title');
  assert.equal(title.label, 'Tittel');
  assert.match(String(title.hint), /3–140 tegn/);
  assert.equal(title.required, undefined, 'Decap treats a field without required: false as required');
  assert.equal(byName(practice.fields, 'evaluation').required, false);
  assert.equal(byName(practice.fields, 'updated').widget, 'datetime');
  assert.equal(byName(practice.fields, 'body').widget, 'markdown');
});

test('topics, tools and organisations are choices that show names and store ids', () => {
  const topics = byName(practice.fields, 'topics');
  assert.equal(topics.multiple, true);
  assert.deepEqual(options(topics).find((o) => o.value === 'barn-og-unge'), { label: 'Barn og unge', value: 'barn-og-unge' });
  assert.ok(options(byName(practice.fields, 'methods')).some((o) => o.value === 'tidlig-inn' && o.label.startsWith('Tidlig inn')));
  const contact = options(byName(practice.fields, 'contact'));
  assert.ok(contact.some((o) => o.value === 'korus-nord' && /KoRus Nord/.test(o.label)));
  assert.ok(contact.some((o) => o.value === 'senja-kommune' && o.label === 'Senja kommune'), 'her own municipality, without an organisation file');
  const status = options(byName(practice.fields, 'status'));
  assert.deepEqual(status.find((o) => o.value === 'pagar'), { label: 'Pågår', value: 'pagar' });
});

test('municipalities are the SSB list, former municipalities marked', () => {
  const municipalities = options(byName(practice.fields, 'municipalities'));
  assert.ok(municipalities.length > 357);
  assert.deepEqual(municipalities.find((o) => o.value === 'Tromsø'), { label: 'Tromsø (Troms)', value: 'Tromsø' });
  assert.deepEqual(municipalities.find((o) => o.value === 'Lenvik'), { label: 'Lenvik (tidligere kommune, nå en del av Senja)', value: 'Lenvik' });
});

test('sources are a repeatable group, and an image needs alternative text and credit', () => {
  const sources = byName(practice.fields, 'sources');
  assert.equal(sources.widget, 'list');
  assert.equal(sources.min, 1);
  assert.deepEqual((sources.fields as CmsField[]).map((f) => f.name), ['title', 'publisher', 'year', 'url', 'note']);
  const image = byName(practice.fields, 'image').fields as CmsField[];
  assert.equal(byName(image, 'src').widget, 'image');
  assert.equal(byName(image, 'alt').required, undefined);
  assert.equal(byName(image, 'credit').required, undefined);
  assert.ok(Array.isArray(byName(image, 'alt').pattern), 'the length the check demands is demanded in the form');
});

test('a field added to a schema appears in the form with no second edit', () => {
  const extended = practiceSchema.extend({ budget: z.string().optional() });
  const fields = formFields('practice', extended, findContentFiles(projectRoot).files);
  assert.ok(fields.some((f) => f.name === 'budget' && f.required === false && f.widget === 'string'));
});

test('the YAML file says it is generated and reads back as the same configuration', () => {
  const text = cmsConfigYaml({ root: projectRoot, site: 'https://www.forebygging.no' });
  assert.match(text, /^# Laget av «npm run build»/);
  assert.deepEqual(parse(text), config);
});
