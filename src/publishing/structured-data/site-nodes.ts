/**
 * The nodes that describe the site itself: the publisher (an organisation from
 * content/organisasjoner/) and the WebSite with its search, which the front page carries and
 * every other page refers to by @id.
 */
import type { Organization, SearchAction, WebSite } from 'schema-dts';
import type { OrganisationData } from '../../schemas/organisation.ts';
import { absolute } from '../site.ts';

export const publisherRef = { '@id': absolute('/#utgiver') };
export const websiteRef = { '@id': absolute('/#nettsted') };

export function publisherNode(org: OrganisationData): Organization {
  return {
    '@type': 'Organization',
    '@id': publisherRef['@id'],
    name: org.name,
    ...(org.shortName ? { alternateName: org.shortName } : {}),
    ...(org.url ? { url: org.url } : {}),
  };
}

/** schema-dts leaves out «query-input», which search engines read to fill in the search term. */
type SearchActionWithQuery = SearchAction & { 'query-input': string };

export function websiteNode(name: string, description: string): WebSite {
  const search: SearchActionWithQuery = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/sok/')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': websiteRef['@id'],
    name,
    description,
    url: absolute('/'),
    inLanguage: ['nb', 'nn'],
    publisher: publisherRef,
    potentialAction: search,
  };
}
