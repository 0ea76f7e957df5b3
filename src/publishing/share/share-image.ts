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

/** The image as SVG: site name, section name (sized to fit one line) and the tagline. */
export function shareImageSvg(section: ShareSection): string {
  const { width, height } = shareImageSize;
  const site = t('nb', 'site.name');
  const title = section === 'forside' ? t('nb', 'home.title') : sectionName(section);
  // DejaVu/Liberation glyphs average about 0.62 em at bold weight; keep the name inside 1040 px.
  const size = Math.min(104, Math.floor(1040 / (title.length * 0.62)));
  const fonts = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#0b3a5b"/>
  <rect y="${height - 24}" width="${width}" height="24" fill="#4fa3d9"/>
  <text x="80" y="130" font-family="${fonts}" font-size="46" font-weight="700" fill="#ffffff">${escapeXml(site)}</text>
  <text x="80" y="${330 + size / 3}" font-family="${fonts}" font-size="${size}" font-weight="700" fill="#ffffff">${escapeXml(title)}</text>
  <text x="80" y="${height - 90}" font-family="${fonts}" font-size="30" fill="#d8e9f5">${escapeXml(section === 'forside' ? 'forebygging.no · kommunetorget.no · tidligintervensjon.no' : t('nb', 'home.title'))}</text>
</svg>`;
}

export const shareImagePng = (section: ShareSection): Promise<Buffer> =>
  sharp(Buffer.from(shareImageSvg(section))).png({ compressionLevel: 9, palette: true }).toBuffer();
