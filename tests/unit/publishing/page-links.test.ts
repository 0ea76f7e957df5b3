/** Share, feedback and suggest-a-change links carry the page's title and address, encoded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedbackLink, githubEditLink, shareMailto } from '../../../src/publishing/share/page-links.ts';
import { repositoryUrl } from '../../../src/publishing/site.ts';

const url = 'https://www.forebygging.no/praksis/bti-tromso/';
const title = 'BTI i Tromsø & Balsfjord';

test('«Send lenken på e-post» opens a mail with the title as subject and the address in the body', () => {
  const mail = new URL(shareMailto(title, url));
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(mail.searchParams.get('subject'), title);
  assert.equal(mail.searchParams.get('body'), `${title}\n${url}`);
  // Spaces must be %20, not «+», or mail programs show plus signs.
  assert.doesNotMatch(shareMailto(title, url), /\+/);
});

test('«Fant du det du lette etter?» opens the feedback form with the page and the answer filled in', () => {
  const yes = feedbackLink('nb', true, title, url)!;
  const no = feedbackLink('nn', false, title, url)!;
  assert.equal(yes.via, 'github');
  const form = new URL(no.href);
  assert.equal(`${form.origin}${form.pathname}`, `${repositoryUrl}/issues/new`);
  assert.equal(form.searchParams.get('template'), 'tilbakemelding.yml');
  assert.equal(form.searchParams.get('side'), url);
  assert.equal(form.searchParams.get('fant'), 'nei');
  assert.equal(new URL(yes.href).searchParams.get('title'), `Tilbakemelding (ja): ${title}`);
});

test('«Foreslå en endring» opens the page\'s file in GitHub\'s editor', () => {
  assert.equal(githubEditLink('content/praksis/bti-tromso.mdx'), `${repositoryUrl}/edit/main/content/praksis/bti-tromso.mdx`);
});
