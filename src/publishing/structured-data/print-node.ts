/**
 * The print page of a guideline or plan guide: a WebPage about the document. The document itself
 * (MedicalGuideline, Article) and its recommendations are described on their own pages, so the
 * printout does not describe them a second time under another address.
 */
import type { WebPage } from 'schema-dts';
import { absolute } from '../site.ts';
import { websiteRef } from './site-nodes.ts';

export function printPageNode(path: string, title: string, lang: 'nb' | 'nn', about: string): WebPage {
  return {
    '@type': 'WebPage',
    '@id': absolute(path),
    url: absolute(path),
    name: title,
    inLanguage: lang,
    isPartOf: websiteRef,
    about: { '@id': about },
  };
}
