/**
 * A grant scheme as a GovernmentService: a public body (provider) offers money that some may
 * apply for. Deadlines have no schema.org property, so they go in the description, after the
 * scheme's state on the build date («Stengt: søknadsfristen har gått ut»).
 */
import type { GovernmentService } from 'schema-dts';
import type { GrantData } from '../../schemas/news.ts';
import { absolute } from '../site.ts';
import type { PageFacts } from './page-nodes.ts';

export function grantNode(p: PageFacts, d: GrantData, provider: { name: string; url?: string | undefined }, state: string, deadlines: string[], serviceType: string): GovernmentService {
  return {
    '@type': 'GovernmentService',
    '@id': `${absolute(p.path)}#ordning`,
    name: d.title,
    description: [`${state}.`, d.ingress, ...deadlines].join(' '),
    url: absolute(p.path),
    serviceType,
    provider: { '@type': 'GovernmentOrganization', name: provider.name, ...(provider.url ? { url: provider.url } : {}) },
    audience: { '@type': 'Audience', audienceType: d.whoMayApply },
    ...(d.url ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: d.url } } : {}),
  };
}
