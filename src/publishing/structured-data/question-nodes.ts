/** A question with its answer, as a FAQPage with one Question and its accepted Answer. */
import type { FAQPage } from 'schema-dts';
import { absolute } from '../site.ts';
import { isoDate } from './graph.ts';
import type { PageFacts } from './page-nodes.ts';
import { publisherRef, websiteRef } from './site-nodes.ts';

export function questionPageNode(p: PageFacts, answer: string, answeredBy?: string): FAQPage {
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
        ...(answeredBy ? { author: { '@type': 'Organization', name: answeredBy } } : {}),
      },
    },
  };
}
