/**
 * The stylesheet's layers decide the cascade: Designsystemet lies in its own layers under the
 * site's, and no rule stands outside a layer, where it would beat every layer whatever the order
 * (src/styles/index.css). Read from dist/ on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { walk } from '../../src/lib/walk.ts';
import { layerNames, unlayered } from '../support/css-blocks.ts';

const stylesheets = walk(join('dist', '_astro')).filter((f) => f.endsWith('.css'));

test('every rule in the built CSS sits in a named layer', () => {
  expect(stylesheets.length).toBeGreaterThan(0);
  const outside = stylesheets.flatMap((file) => unlayered(readFileSync(file, 'utf8')).map((rule) => `${file}: ${rule.slice(0, 80)}`));
  expect(outside).toEqual([]);
});

test('on every page the layers come in the declared order, whichever stylesheet is linked first', () => {
  // The first stylesheet that names a layer fixes its place: a component's file linked before the
  // main one must not put its layer under the base rules.
  const declared = layerNames(readFileSync(join('src', 'styles', 'layers.css'), 'utf8'));
  const wrong: string[] = [];
  for (const page of builtPages('dist')) {
    const sheets = [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const seen = [...new Set(sheets.flatMap((href) => layerNames(readFileSync(join('dist', href), 'utf8'))))];
    const order = seen.filter((name) => declared.includes(name));
    const expected = declared.filter((name) => order.includes(name));
    if (order.join() !== expected.join()) wrong.push(`${page.path}: ${order.join(' < ')}`);
  }
  expect(wrong).toEqual([]);
});
