/**
 * A reader must be able to trust a guideline's status on every page of it: a replaced guideline
 * says so on each chapter and points to what replaced it, and a guideline shown as in force does
 * not describe itself as a draft.
 */
import { test, expect } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site.ts';

const pages = builtPages();
const guidelinePages = pages.filter((p) => /^\/veiledere\/[^/]+\/$/.test(p.path));

/** The status shown in the page's facts, such as «Gjeldende» or «Erstattet». */
function statusOf(page: BuiltPage): string | undefined {
  return /<dt>Status<\/dt><dd>([^<]+)<\/dd>/.exec(page.html)?.[1];
}

/** The addresses the «replaced» notice points to. */
function successorLinks(page: BuiltPage): string[] {
  const notice = /<div class="notice notice--warning" role="note">([\s\S]*?)<\/div>/.exec(page.html)?.[1] ?? '';
  return [...notice.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

/** Visible text of the main content, without tags. */
function mainText(page: BuiltPage): string {
  const main = /<main[\s\S]*?<\/main>/.exec(page.html)?.[0] ?? '';
  return main.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('there are guidelines both in force and replaced', () => {
  const statuses = guidelinePages.map(statusOf);
  expect(statuses).toContain('Gjeldende');
  expect(statuses).toContain('Erstattet');
});

test('every chapter of a replaced guideline shows the notice and links to its successor', () => {
  const problems: string[] = [];
  for (const guideline of guidelinePages.filter((p) => statusOf(p) === 'Erstattet')) {
    const successors = successorLinks(guideline);
    if (successors.length === 0) problems.push(`${guideline.path}: merknaden peker ikke til noen etterfølger`);
    const chapters = pages.filter((p) => p.path.startsWith(guideline.path) && p.path !== guideline.path);
    expect(chapters.length, guideline.path).toBeGreaterThan(0);
    for (const chapter of chapters) {
      const links = successorLinks(chapter);
      if (links.length === 0) problems.push(`${chapter.path}: mangler merknaden om at veilederen er erstattet`);
      for (const href of successors) if (!links.includes(href)) problems.push(`${chapter.path}: merknaden lenker ikke til ${href}`);
      if (/under utskifting|blir erstattet|sendt på høring i \d{4}\. Sjekk/i.test(mainText(chapter))) {
        problems.push(`${chapter.path}: omtaler veilederen som om den ikke er erstattet ennå`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('a guideline shown as in force does not call itself a draft', () => {
  for (const guideline of guidelinePages.filter((p) => statusOf(p) === 'Gjeldende')) {
    const description = /<meta name="description" content="([^"]*)"/.exec(guideline.html)?.[1] ?? '';
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(guideline.html)?.[1] ?? '';
    expect(`${title} ${description}`, guideline.path).not.toMatch(/utkast|på høring|på høyring|under arbeid/i);
  }
});
