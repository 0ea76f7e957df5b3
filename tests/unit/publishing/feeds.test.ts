/** Feeds: what a feed reader gets, and which feeds a page announces. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { feedXml } from '../../../src/publishing/feeds/rss.ts';
import { newestFirst, type FeedItem } from '../../../src/publishing/feeds/feed-item.ts';
import { feedsForPath } from '../../../src/publishing/feeds/feeds.ts';

const item = (path: string, date: string, lang: 'nb' | 'nn' = 'nb'): FeedItem => ({
  title: `Tittel & «${path}»`,
  summary: 'Et sammendrag <med> tegn som må skjermes.',
  date: new Date(`${date}T00:00:00Z`),
  path,
  lang,
  category: 'Praksiseksempel',
});

test('each item has title, summary, date, an absolute link and its written standard', async () => {
  const xml = await feedXml({ title: 'Forebygging.no: Praksiseksempler', description: 'Nye sider.', path: '/praksis/rss.xml', items: [item('/praksis/a/', '2026-11-01', 'nn')] });
  assert.doesNotThrow(() => SyntaxValidator.validate(xml));
  const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
  assert.equal(rss.channel.title, 'Forebygging.no: Praksiseksempler');
  assert.equal(rss.channel['atom:link']['@_href'], 'https://www.forebygging.no/praksis/rss.xml');
  const it = rss.channel.item;
  assert.equal(it.title, 'Tittel & «/praksis/a/»');
  assert.equal(it.description, 'Et sammendrag <med> tegn som må skjermes.');
  assert.equal(it.link, 'https://www.forebygging.no/praksis/a/');
  assert.equal(new Date(it.pubDate).toISOString(), '2026-11-01T00:00:00.000Z');
  assert.equal(it['dc:language'], 'nn');
});

test('items come newest first, and a feed holds at most the given number', () => {
  const items = [item('/a/', '2020-01-01'), item('/b/', '2026-01-01'), item('/c/', '2024-01-01')];
  assert.deepEqual(newestFirst(items).map((i) => i.path), ['/b/', '/c/', '/a/']);
  assert.deepEqual(newestFirst(items, 2).map((i) => i.path), ['/b/', '/c/']);
});

test('every page announces the site feed; section pages and topic hubs their own too', () => {
  assert.deepEqual(feedsForPath('nb', '/ordbok/x/').map((f) => f.href), ['/rss.xml']);
  assert.deepEqual(feedsForPath('nb', '/aktuelt/').map((f) => f.href), ['/rss.xml', '/aktuelt/rss.xml']);
  assert.deepEqual(feedsForPath('nn', '/praksis/x/').map((f) => f.href), ['/rss.xml', '/praksis/rss.xml']);
  const topic = feedsForPath('nb', '/tema/planarbeid/', () => 'Planarbeid');
  assert.deepEqual(topic.map((f) => f.href), ['/rss.xml', '/tema/planarbeid/rss.xml']);
  assert.equal(topic[1]!.title, 'Forebygging.no: Tema: Planarbeid');
  assert.equal(feedsForPath('nn', '/').at(0)!.name, 'Alt nytt og endra');
});
