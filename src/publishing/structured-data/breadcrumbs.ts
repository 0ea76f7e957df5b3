/** The breadcrumb trail every page shows, as a schema.org BreadcrumbList. */
import type { BreadcrumbList } from 'schema-dts';
import { absolute } from '../site.ts';

export interface Trail {
  label: string;
  /** Path of the step; the last step (the page itself) may have none. */
  href?: string | undefined;
}

export function breadcrumbNode(trail: Trail[], pagePath: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.label,
      item: absolute(step.href ?? pagePath),
    })),
  };
}
