/**
 * The images a credential names: a badge per course version and language
 * (the achievement's `image`) and the issuer's logo (the profile's `image`).
 * Plain SVG made from the published course texts, so every course has its
 * own badge without a drawing per course, and nothing is loaded from files.
 */

const NAVY = '#1f3a5f';
const TEAL = '#2a9d8f';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

/** Splits a text into at most `maxLines` lines of about `width` characters; the last one ends with … when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, Math.max(1, width - 1))}…`;
  return kept;
}

function initials(name: string): string {
  const letters = name.split(/\s+/).filter(Boolean).map((w) => w[0]?.toUpperCase() ?? '');
  return letters.slice(0, 3).join('') || '?';
}

export interface BadgeText {
  /** The certificate's title, the badge's main text. */
  title: string;
  /** The course's title. */
  subtitle: string;
  version: number;
  issuerName: string;
  lang: 'sv' | 'en';
}

/** A round badge, 400 × 400, with the certificate title, the course and its version. */
export function badgeSvg(text: BadgeText): string {
  const titleLines = wrapText(text.title, 18, 3);
  const firstY = 190 - (titleLines.length - 1) * 14;
  const title = titleLines
    .map((line, i) => `<text x="200" y="${firstY + i * 28}" font-size="24" font-weight="700" fill="${NAVY}">${escapeXml(line)}</text>`)
    .join('');
  const subtitle = wrapText(text.subtitle, 30, 1)[0] ?? '';
  const version = `Version ${text.version}`;
  const label = `${text.title} – ${text.subtitle}, ${version}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(label)}" lang="${text.lang}">`,
    `<title>${escapeXml(label)}</title>`,
    `<circle cx="200" cy="200" r="196" fill="${NAVY}"/>`,
    `<circle cx="200" cy="200" r="176" fill="#ffffff"/>`,
    `<circle cx="200" cy="200" r="168" fill="none" stroke="${TEAL}" stroke-width="6"/>`,
    `<g font-family="Helvetica, Arial, sans-serif" text-anchor="middle">`,
    `<text x="200" y="96" font-size="20" font-weight="700" letter-spacing="3" fill="${TEAL}">${escapeXml(initials(text.issuerName))}</text>`,
    title,
    `<text x="200" y="${firstY + titleLines.length * 28 + 16}" font-size="16" fill="${NAVY}">${escapeXml(subtitle)}</text>`,
    `<text x="200" y="318" font-size="15" fill="${TEAL}">${escapeXml(version)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/** The issuer's logo, 400 × 400: its initials on a rounded square. */
export function issuerLogoSvg(issuerName: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(issuerName)}">`,
    `<title>${escapeXml(issuerName)}</title>`,
    `<rect width="400" height="400" rx="72" fill="${NAVY}"/>`,
    `<circle cx="200" cy="170" r="92" fill="none" stroke="${TEAL}" stroke-width="14"/>`,
    `<g font-family="Helvetica, Arial, sans-serif" text-anchor="middle" fill="#ffffff">`,
    `<text x="200" y="196" font-size="72" font-weight="700">${escapeXml(initials(issuerName))}</text>`,
    `<text x="200" y="336" font-size="30">${escapeXml(wrapText(issuerName, 22, 1)[0] ?? '')}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}
