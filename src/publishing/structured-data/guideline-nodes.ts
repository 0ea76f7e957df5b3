/**
 * Guidelines: the guideline page is a MedicalGuideline; a chapter page is a MedicalWebPage about
 * that guideline, with one MedicalGuidelineRecommendation per <Anbefaling> in the chapter and
 * its strength (skal, bør, kan) where the source gives one.
 */
import type { MedicalGuideline, MedicalGuidelineRecommendation, MedicalWebPage } from 'schema-dts';
import type { GuidelineData } from '../../schemas/guideline.ts';
import { absolute } from '../site.ts';
import { isoDate } from './graph.ts';
import type { PageFacts } from './page-nodes.ts';
import { publisherRef, websiteRef } from './site-nodes.ts';

export const guidelineId = (guidelinePath: string) => `${absolute(guidelinePath)}#veileder`;

export function guidelineNode(p: PageFacts, d: GuidelineData, replacedNote?: string): MedicalGuideline {
  return {
    '@type': 'MedicalGuideline',
    '@id': guidelineId(p.path),
    name: d.title,
    ...(d.shortTitle ? { alternateName: d.shortTitle } : {}),
    description: replacedNote ? `${replacedNote} ${d.ingress}` : d.ingress,
    url: d.officialUrl ?? absolute(p.path),
    guidelineDate: String(d.year),
    recognizingAuthority: { '@type': 'Organization', name: d.publisher },
    ...(d.isNumber ? { identifier: d.isNumber } : {}),
    subjectOf: { '@id': `${absolute(p.path)}#side` },
  };
}

/** A recommendation as written in the chapter: <Anbefaling nummer styrke tekst>. */
export interface Recommendation {
  number?: string | undefined;
  /** «skal», «bør – sterk anbefaling» …, in the chapter's written standard. */
  strength?: string | undefined;
  text: string;
}

export function chapterNodes(p: PageFacts, guidelinePath: string, guidelineTitle: string, recommendations: Recommendation[]): (MedicalWebPage | MedicalGuidelineRecommendation)[] {
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${absolute(p.path)}#side`,
    url: absolute(p.path),
    name: p.title,
    headline: p.title,
    description: p.description,
    inLanguage: p.lang,
    image: p.image,
    isPartOf: websiteRef,
    publisher: publisherRef,
    ...(p.updated ? { dateModified: isoDate(p.updated) } : {}),
    about: { '@type': 'MedicalGuideline', '@id': guidelineId(guidelinePath), name: guidelineTitle },
  };
  const recs = recommendations.map((r, i): MedicalGuidelineRecommendation => ({
    '@type': 'MedicalGuidelineRecommendation',
    '@id': `${absolute(p.path)}#anbefaling-${i + 1}`,
    name: r.number ? `${r.number} ${r.text}` : r.text,
    description: r.text,
    ...(r.number ? { identifier: r.number } : {}),
    ...(r.strength ? { recommendationStrength: r.strength } : {}),
    guideline: { '@id': guidelineId(guidelinePath) },
    subjectOf: { '@id': `${absolute(p.path)}#side` },
  }));
  return [page, ...recs];
}
