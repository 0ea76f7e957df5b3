/**
 * Practice examples read as written for their own case: no boilerplate reservation copied from
 * page to page, what the source does not tell is said once, and work a source only planned is
 * not presented under «Hva ble gjort».
 */
import { test, expect } from '@playwright/test';
import { builtPages, type BuiltPage } from '../../scripts/lib/built-site.ts';

const practicePages = builtPages().filter((p) => /^\/praksis\/[^/]+\/$/.test(p.path));

function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The paragraphs the editors wrote for this example: its text, evaluation and results. */
function paragraphs(page: BuiltPage): string[] {
  const main = /<div class="prose">[\s\S]*?(?=<section class="sources"|<\/article>)/.exec(page.html)?.[0] ?? '';
  return [...main.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
}

/** Sentences saying what a source does not tell («Kilden sier ikke …», «Kjelda seier ikkje …»). */
const reservation = /\b(kilden|kjelda|planen|invitasjonen|den|ho)\s+(sier|seier|forteller|fortel|beskriver|beskriv|nevner|nemner)\s+(ikke|ikkje|ingenting|verken|ingen)\b/gi;

test('there are practice examples to check', () => {
  expect(practicePages.length).toBeGreaterThan(10);
});

test('no paragraph is copied across practice examples', () => {
  const seen = new Map<string, string>();
  const copies: string[] = [];
  for (const page of practicePages) {
    for (const paragraph of new Set(paragraphs(page))) {
      if (paragraph.length < 30) continue;
      const first = seen.get(paragraph);
      if (first) copies.push(`${page.path} og ${first}: «${paragraph.slice(0, 80)}…»`);
      else seen.set(paragraph, page.path);
    }
  }
  expect(copies).toEqual([]);
});

test('a practice example says at most once what its source does not tell', () => {
  const repeated = practicePages
    .map((page) => ({ path: page.path, count: paragraphs(page).join(' ').match(reservation)?.length ?? 0 }))
    .filter((p) => p.count > 1)
    .map((p) => `${p.path}: ${p.count} ganger`);
  expect(repeated).toEqual([]);
});

test('work a source only planned is not presented as done', () => {
  const problems: string[] = [];
  for (const page of practicePages) {
    const status = /<dt>Status<\/dt><dd>([^<]+)<\/dd>/.exec(page.html)?.[1] ?? '';
    if (!/utfallet er (ikke|ikkje) kjent/i.test(status)) continue;
    for (const [, heading] of page.html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)) {
      if (/^(hva ble gjort|kva vart gjort)$/i.test(text(heading!))) problems.push(`${page.path}: «${text(heading!)}»`);
    }
  }
  expect(problems).toEqual([]);
});
