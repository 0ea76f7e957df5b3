/**
 * A question with its answer, as a FAQPage with one Question and its accepted Answer. The
 * editors write (or rewrite) the answers, so the publisher is the answer's author; an old site's
 * original answer is credited as a source on the page, not here.
 */
import type { FAQPage } from 'schema-dts';
import { absolute } from '../site.ts';
import { isoDate } from './graph.ts';
import type { PageFacts } from './page-nodes.ts';
import { publisherRef, websiteRef } from './site-nodes.ts';

export function questionPageNode(p: PageFacts, answer: string): FAQPage {
  return {
    '@type': 'FAQPage',
    '@id': `${absolute(p.path)}#side`,
    url: absolute(p.path),
    name: p.title,
    inLanguage: p.lang,
    isPartOf: websiteRef,
    publisher: publisherRef,
    ...(p.updated ? { dateModified: isoDate(p.updated) } : {}),
    mainEntity: {
      '@type': 'Question',
      name: p.title,
      ...(p.published ? { dateCreated: isoDate(p.published) } : {}),
      acceptedAnswer: {
        '@type': 'Answer',
        text: answer,
        url: absolute(p.path),
        author: publisherRef,
      },
    },
  };
}
