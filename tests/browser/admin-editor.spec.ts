/**
 * An editor adds a practice example through the form at /admin/, as she would on the real site,
 * but against Decap CMS's local backend (decap-server in git mode on a copy of the project)
 * instead of GitHub. The saved file must pass the content check and build into the right page.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCmsBackend, type CmsBackend } from '../support/cms-backend.ts';
import { projectRoot } from '../support/fixture-project.ts';

let backend: CmsBackend;

test.beforeAll(async () => {
  backend = await startCmsBackend();
});
test.afterAll(() => backend?.stop());

/** Opens the form for a new practice example, with the form talking to this test's backend. */
async function openNewPracticeForm(page: Page) {
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/^local_backend: true$/m, `local_backend:\n  url: ${backend.apiUrl}`);
    await route.fulfill({ response, body });
  });
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  // The existing examples are Markdown (.md) files, and the form lists them (Decap lists only its configured ending).
  await expect(page.getByText('Barn i rusfamilier (BIR) i Nordreisa')).toBeVisible();
  await page.getByRole('link', { name: /Praksiseksempel$/ }).click();
  await expect(page.getByText('Skriver i samlingen Praksiseksempler')).toBeVisible();
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

/** Picks a choice by the name it shows, typing part of it as an editor would. */
async function choose(page: Page, name: string, typed: string, option: string | RegExp) {
  await field(page, name).click();
  await field(page, name).pressSequentially(typed);
  await page.getByRole('option', { name: option }).click();
}

test('an editor adds a practice example in the form; the file passes the check and builds into the page', async ({ page }) => {
  test.setTimeout(240_000);
  await openNewPracticeForm(page);

  await field(page, 'title').fill('Skjematest: opplæring for helsestasjonen i Lenvik');
  await field(page, 'ingress').fill('Et eksempel som bare finnes i testen av redigeringsskjemaet, skrevet gjennom skjemaet.');
  await choose(page, 'topics', 'Tidlig', 'Tidlig intervensjon');
  await choose(page, 'topics', 'Barn og', 'Barn og unge');
  await field(page, 'updated').fill('2026-11-30');
  await choose(page, 'municipalities', 'Lenvik', /^Lenvik \(tidligere kommune/);
  await field(page, 'from').fill('2019');
  await choose(page, 'status', 'Avs', 'Avsluttet');
  await field(page, 'challenge').fill('Ansatte på helsestasjonen ville bli tryggere på å snakke om rus med foreldre.');
  await choose(page, 'targetGroups', 'Forel', 'Foreldre');
  // Her own municipality as the contact, without an organisation file.
  await choose(page, 'contact', 'Senja k', 'Senja kommune');

  await page.getByRole('button', { name: 'Velg et bilde' }).click();
  await page.locator('input[type="file"]').setInputFiles(join(projectRoot, 'tests/fixtures/content-check/base/content/praksis/bilder/nivaer.png'));
  await page.getByRole('button', { name: /^Velg/ }).last().click();
  await field(page, 'alt').fill('Fire søyler som viser nivåene i modellen, fra 0 til 3.');
  await field(page, 'credit').fill('Illustrasjon: skjematesten');

  await page.getByRole('button', { name: 'Legg til kilde' }).click();
  await page.locator('[id^="title-field-"]').last().fill('Testkilde for skjemaet');
  await page.locator('[id^="publisher-field-"]').last().fill('KoRus Nord');
  await page.locator('[id^="year-field-"]').last().fill('2019');

  const body = page.locator('[data-slate-editor="true"]').first();
  await body.click();
  await page.keyboard.type('Helsestasjonen i Lenvik fikk opplæring i å snakke med foreldre om rus. Teksten finnes bare i testen.');

  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringer lagret').first()).toBeVisible({ timeout: 30_000 });
  // «Lagre» made a draft on its own branch; the editor sends it for review.
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Send til gjennomgang' }).click();
  await expect(page.getByRole('button', { name: 'Status: Send til gjennomgang' })).toBeVisible({ timeout: 30_000 });

  const slug = 'skjematest-opplaering-for-helsestasjonen-i-lenvik';
  const file = `content/praksis/${slug}.md`;
  expect(backend.git('branch', '--list', 'main', '--contains', `cms/practice/${slug}`).trim(), 'nothing reached main').toBe('');
  backend.git('checkout', '-q', `cms/practice/${slug}`);
  const written = readFileSync(join(backend.root, file), 'utf8');
  expect(written).toMatch(/^municipalities:\n\s+- Lenvik$/m);
  expect(written).toMatch(/^topics:\n\s+- tidlig-intervensjon\n\s+- barn-og-unge$/m);
  expect(written).toMatch(/^contact: senja-kommune$/m);
  expect(existsSync(join(backend.root, 'content/praksis/bilder/nivaer.png')), 'the image is in the collection\'s image folder').toBe(true);

  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: backend.root, encoding: 'utf8' });
  expect(check.stdout).toContain('Innholdet er i orden');
  expect(check.status).toBe(0);

  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: backend.root, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const html = readFileSync(join(backend.root, 'dist', 'praksis', slug, 'index.html'), 'utf8');
  const built = await page.context().newPage();
  await built.setContent(html);
  await expect(built.getByRole('heading', { level: 1 })).toHaveText('Skjematest: opplæring for helsestasjonen i Lenvik');
  await expect(built.getByText('Lenvik (tidligere kommune, nå en del av Senja)')).toBeVisible();
  for (const topic of ['Tidlig intervensjon', 'Barn og unge']) await expect(built.getByRole('link', { name: topic, exact: true }).first()).toBeVisible();
  await expect(built.getByText('Senja kommune')).toBeVisible();
  await expect(built.getByRole('img', { name: 'Fire søyler som viser nivåene i modellen, fra 0 til 3.' })).toBeAttached();
});

test('the form refuses to save a practice example with a required field left empty, in Norwegian', async ({ page }) => {
  await openNewPracticeForm(page);
  const branchesBefore = backend.git('branch', '--list');
  await field(page, 'title').fill('Skjematest uten ingress');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText(/glemte et påkrevd felt/)).toBeVisible();
  await expect(page.getByText('Ingress er påkrevd.')).toBeVisible();
  await expect(page.getByText('Utfordring er påkrevd.')).toBeVisible();
  expect(backend.git('branch', '--list'), 'nothing was saved').toBe(branchesBefore);
});

test('the editor stays out of the sitemap and the search index', () => {
  const sitemap = readFileSync(join(projectRoot, 'dist', 'sitemap-0.xml'), 'utf8');
  expect(sitemap).not.toContain('/admin/');
  const admin = readFileSync(join(projectRoot, 'dist', 'admin', 'index.html'), 'utf8');
  expect(admin).not.toContain('data-pagefind-body');
  expect(admin).toMatch(/<meta name="robots" content="noindex, nofollow">/);
});
