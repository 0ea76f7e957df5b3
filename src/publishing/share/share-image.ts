/**
 * One share image per section (1200 × 630, the size link previews use), made at build time with
 * sharp from an SVG: the section's name on the site's colours. Fourteen small files instead of
 * one per page keep the build cheap at 10 000 pages.
 */
import sharp from 'sharp';
import { t, type UiKey } from '../../i18n/index.ts';

/** The sections with an image: the first path segment of an address, and the name it shows. */
export const shareSections = {
  forside: 'site.name',
  tema: 'nav.tema',
  artikler: 'nav.artikler',
  praksis: 'nav.praksis',
  veiledere: 'nav.veiledere',
  planlegging: 'nav.planlegging',
  verktoy: 'nav.verktoy',
  'tidlig-intervensjon': 'nav.tidlig',
  ordbok: 'nav.ordbok',
  aktuelt: 'nav.aktuelt',
  arrangementer: 'nav.arrangementer',
  tilskudd: 'nav.tilskudd',
  sok: 'search.title',
  om: 'nav.om',
} as const satisfies Record<string, UiKey>;

export type ShareSection = keyof typeof shareSections;

/** The section an address belongs to; anything unknown shares the front page's image. */
export function sectionOf(pathname: string): ShareSection {
  const first = pathname.split('/')[1] ?? '';
  return first in shareSections && first !== 'forside' ? (first as ShareSection) : 'forside';
}

export const shareImagePath = (section: ShareSection): string => `/delingsbilde/${section}.png`;
export const shareImageSize = { width: 1200, height: 630 } as const;

/** The section's name as the image shows it and its alternative text names it. */
export const sectionName = (section: ShareSection): string => t('nb', shareSections[section]);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words in lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The title's lines and size inside 1040 px: one large line if it fits, else two smaller ones. */
export function fitTitle(title: string): { size: number; lines: string[] } {
  const tries: [size: number, maxLines: number][] = [[104, 1], [88, 1], [76, 1], [88, 2], [76, 2], [64, 2], [56, 2]];
  for (const [size, maxLines] of tries) {
    // DejaVu/Liberation bold glyphs average about 0.62 em wide.
    const lines = wrap(title, Math.floor(1040 / (size * 0.62)));
    if (lines.length <= maxLines) return { size, lines };
  }
  return { size: 48, lines: wrap(title, Math.floor(1040 / (48 * 0.62))) };
}

/** The image as SVG: site name, section name (one or two lines) and the tagline. */
export function shareImageSvg(section: ShareSection): string {
  const { width, height } = shareImageSize;
  const site = t('nb', 'site.name');
  const { size, lines } = fitTitle(section === 'forside' ? t('nb', 'home.title') : sectionName(section));
  const lineHeight = Math.round(size * 1.15);
  const firstBaseline = Math.round(height / 2 + size / 3 - ((lines.length - 1) * lineHeight) / 2);
  const fonts = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#0b3a5b"/>
  <rect y="${height - 24}" width="${width}" height="24" fill="#4fa3d9"/>
  <text x="80" y="130" font-family="${fonts}" font-size="46" font-weight="700" fill="#ffffff">${escapeXml(site)}</text>
  <text font-family="${fonts}" font-size="${size}" font-weight="700" fill="#ffffff">${lines.map((line, i) => `<tspan x="80" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`).join('')}</text>
  <text x="80" y="${height - 90}" font-family="${fonts}" font-size="30" fill="#d8e9f5">${escapeXml(section === 'forside' ? 'forebygging.no · kommunetorget.no · tidligintervensjon.no' : t('nb', 'home.title'))}</text>
</svg>`;
}

/** Palette PNG at the lowest quantising effort: about 16 KB per image, in a fraction of the default effort's time. */
export const shareImagePng = (section: ShareSection): Promise<Buffer> =>
  sharp(Buffer.from(shareImageSvg(section))).png({ palette: true, effort: 1, compressionLevel: 6 }).toBuffer();
