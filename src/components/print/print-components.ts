/**
 * The MDX components for a chapter body on the print page: the usual ones, with every heading one
 * level down so the chapter titles (h2) head the outline of the whole document.
 */
import { mdxComponents } from '../mdx-components.ts';
import Heading3 from './Heading3.astro';
import Heading4 from './Heading4.astro';
import Heading5 from './Heading5.astro';

export const printComponents = { ...mdxComponents, h2: Heading3, h3: Heading4, h4: Heading5 };
