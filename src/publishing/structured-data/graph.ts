/**
 * Serialises schema.org nodes (typed with schema-dts) as one JSON-LD block per page: a @graph,
 * so nodes can point at each other by @id without repeating themselves.
 */
import type { Thing } from 'schema-dts';

export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': Thing[];
}

export const graph = (nodes: Thing[]): JsonLdGraph => ({ '@context': 'https://schema.org', '@graph': nodes });

/**
 * The text of a <script type="application/ld+json"> element. «<» is escaped so that a title
 * containing «</script>» cannot end the element early (the HTML spec's advice for data blocks).
 */
export const jsonLdText = (nodes: Thing[]): string => JSON.stringify(graph(nodes)).replace(/</g, '\\u003c');

/** A date as schema.org expects it (ISO 8601, date only). */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
