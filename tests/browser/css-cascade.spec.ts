/**
 * The stylesheet's layers decide the cascade: Designsystemet lies in its own layers under the
 * site's, and no rule stands outside a layer, where it would beat every layer whatever the order
 * (src/styles/index.css). Read from dist/ on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { filesUnder } from '../support/page-weight.ts';
import { unlayered } from '../support/css-blocks.ts';

const stylesheets = filesUnder(join('dist', '_astro')).filter((f) => f.endsWith('.css'));

test('every rule in the built CSS sits in a named layer', () => {
  expect(stylesheets.length).toBeGreaterThan(0);
  const outside = stylesheets.flatMap((file) => unlayered(readFileSync(file, 'utf8')).map((rule) => `${file}: ${rule.slice(0, 80)}`));
  expect(outside).toEqual([]);
});
