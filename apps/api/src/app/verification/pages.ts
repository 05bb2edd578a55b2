import { REVOCATION_PUBLIC_TEXT } from '@peer/contract';
import { formatHours } from '../common/hours';
import { escapeHtml } from '../common/html';
import type { PublicCertificate, SharedRecord, UploadVerdict } from './verification.service';

export type Lang = 'sv' | 'en';

const WORDS = {
  sv: {
    title: 'Kontrollera ett intyg',
    valid: 'Giltigt',
    revoked: 'Återkallat',
    expired: 'Har gått ut',
    superseded: 'Ersatt',
    renewed: 'Förnyat – ersatt av ett nyare intyg',
    renewedBy: 'Intyget har förnyats. Det gällde för perioden nedan.',
    renewal: 'Se det förnyade intyget',
    history: (first: string, renewals: string[]) => [`Först utfärdat ${first}`, ...renewals.map((d) => `förnyat ${d}`)].join(', '),
    replacedBy: 'Intyget har ersatts av ett nytt intyg.',
    revokedOn: 'Återkallat den',
    expiredOn: 'Intyget gick ut den',
    validUntil: 'Giltigt till',
    holder: 'Innehavare',
    course: 'Utbildning',
    version: 'version',
    hours: 'timmar',
    competences: 'Vad innehavaren kan',
    issued: 'Utfärdat',
    issuer: 'Utfärdare',
    code: 'Intygskod',
    reason: 'Skäl',
    newer: 'Se det nya intyget',
    json: 'Intyget som signerad data (Open Badges 3.0)',
    unknown: 'Det finns inget intyg med den koden.',
    unknownHint: 'Kontrollera koden, eller skanna QR-koden på intyget igen.',
    upload: 'Ladda upp en PDF för att kontrollera den',
    uploadButton: 'Kontrollera PDF',
    original: 'Filen är ett oförändrat original.',
    modified: 'Filen är INTE ett oförändrat original: den har ändrats efter utfärdandet.',
    embeddedOk: 'Den signerade informationen inbäddad i filen är äkta. Lita bara på uppgifterna nedan, inte på texten i filen.',
    embeddedHeading: 'Vad den inbäddade informationen säger',
    embeddedStatus: 'Intyget som informationen hör till:',
    embeddedBad: 'Den inbäddade signerade informationen håller inte:',
    unreadable: 'Filen innehåller inget intyg från PEER Academy som kan kontrolleras.',
    privacy: 'Sidan visar bara vad intyget anger.',
    other: 'English',
    shared: 'Utbildningar',
    sharedUnknown: 'Länken finns inte eller har dragits tillbaka.',
    sharedChoice: (certificates: number, supervision: boolean) =>
      `Innehavaren har valt att visa ${certificates} intyg${supervision ? ' och sina handledningstimmar' : ''}.`,
    supervision: 'Handledning',
    supervisionTotal: (hours: string, sessions: number) => `Sammanlagt ${hours} timmar handledning vid ${sessions} ${sessions === 1 ? 'tillfälle' : 'tillfällen'}.`,
    year: 'År',
    supervisionHours: 'Timmar',
    sessions: 'Tillfällen',
    unavailable: 'Det går inte att kontrollera just nu.',
    unavailableHint: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
  },
  en: {
    title: 'Check a certificate',
    valid: 'Valid',
    revoked: 'Revoked',
    expired: 'Expired',
    superseded: 'Replaced',
    renewed: 'Renewed — replaced by a newer certificate',
    renewedBy: 'This certificate was renewed. It was valid for the period below.',
    renewal: 'See the renewed certificate',
    history: (first: string, renewals: string[]) => [`First issued ${first}`, ...renewals.map((d) => `renewed ${d}`)].join(', '),
    replacedBy: 'This certificate was replaced by a new certificate.',
    revokedOn: 'Revoked on',
    expiredOn: 'This certificate expired on',
    validUntil: 'Valid until',
    holder: 'Holder',
    course: 'Training',
    version: 'version',
    hours: 'hours',
    competences: 'What the holder can do',
    issued: 'Issued',
    issuer: 'Issuer',
    code: 'Certificate code',
    reason: 'Reason',
    newer: 'See the new certificate',
    json: 'The certificate as signed data (Open Badges 3.0)',
    unknown: 'There is no certificate with that code.',
    unknownHint: 'Check the code, or scan the QR code on the certificate again.',
    upload: 'Upload a PDF to check it',
    uploadButton: 'Check PDF',
    original: 'The file is an unmodified original.',
    modified: 'The file is NOT an unmodified original: it was changed after it was issued.',
    embeddedOk: 'The signed data embedded in the file is genuine. Trust only the details below, not the text of the file.',
    embeddedHeading: 'What the embedded data says',
    embeddedStatus: 'The certificate the data belongs to:',
    embeddedBad: 'The signed data embedded in the file does not hold:',
    unreadable: 'The file holds no PEER Academy certificate that can be checked.',
    privacy: 'This page shows only what the certificate states.',
    other: 'Svenska',
    shared: 'Trainings',
    sharedUnknown: 'The link does not exist or was withdrawn.',
    sharedChoice: (certificates: number, supervision: boolean) =>
      `The holder chose to show ${certificates} ${certificates === 1 ? 'certificate' : 'certificates'}${supervision ? ' and her supervision hours' : ''}.`,
    supervision: 'Supervision',
    supervisionTotal: (hours: string, sessions: number) => `In all ${hours} hours of supervision in ${sessions} ${sessions === 1 ? 'session' : 'sessions'}.`,
    year: 'Year',
    supervisionHours: 'Hours',
    sessions: 'Sessions',
    unavailable: 'This cannot be checked right now.',
    unavailableHint: 'The service is briefly unavailable. Please try again shortly.',
  },
} as const;

export function pickLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'sv') return query;
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'sv';
}

export function verifyPage(lang: Lang, code: string, certificate: PublicCertificate | null): { status: number; html: string } {
  const w = WORDS[lang];
  if (!certificate) {
    return { status: 404, html: layout(lang, w.title, `/verify/${code}`, `<p class="status bad">${w.unknown}</p><p>${w.unknownHint}</p>${uploadForm(lang)}`) };
  }
  const head = `<link rel="alternate" type="application/ld+json" href="/verify/${escapeHtml(code)}/credential.json">`;
  return { status: 200, html: layout(lang, w.title, `/verify/${code}`, statusBlock(lang, certificate) + details(lang, certificate) + `<p><a href="/verify/${escapeHtml(code)}/credential.json">${w.json}</a></p>` + uploadForm(lang), head) };
}

export function uploadPage(lang: Lang, verdict: UploadVerdict | null): { status: number; html: string } {
  const w = WORDS[lang];
  if (!verdict) return { status: 200, html: layout(lang, w.title, '/verify', uploadForm(lang)) };
  let body: string;
  if (verdict.kind === 'original') {
    body = `<p class="status ok">${w.original}</p>` + statusBlock(lang, verdict.certificate) + details(lang, verdict.certificate);
  } else if (verdict.kind === 'modified') {
    // The warning leads; what the embedded credential says comes second, in plain words, never as a big "valid".
    body = `<p class="status bad" role="alert">${w.modified}</p>`;
    body += verdict.verified && verdict.certificate
      ? `<section class="embedded"><h2>${w.embeddedHeading}</h2><p>${w.embeddedOk}</p><p class="embedded-status">${w.embeddedStatus} ${w[verdict.certificate.status]}.</p>` +
        details(lang, verdict.certificate) +
        '</section>'
      : `<p>${w.embeddedBad}</p><ul>${verdict.errors.map((e) => `<li lang="en">${escapeHtml(e)}</li>`).join('')}</ul>`;
  } else {
    body = `<p class="status bad">${w.unreadable}</p>`;
  }
  return { status: 200, html: layout(lang, w.title, '/verify', body + uploadForm(lang)) };
}

export function sharedPage(lang: Lang, token: string, record: SharedRecord | null): { status: number; html: string } {
  const w = WORDS[lang];
  if (!record) return { status: 404, html: layout(lang, w.shared, `/share/${token}`, `<p class="status bad">${w.sharedUnknown}</p>`) };
  const chosen = `<p class="chosen">${escapeHtml(w.sharedChoice(record.chosen, record.supervision !== null))}</p>`;
  const items = record.certificates
    .map((c) => `<section class="card">${statusBlock(lang, c)}${details(lang, c)}<p><a href="/verify/${escapeHtml(c.code)}?lang=${lang}">${w.code}: ${escapeHtml(c.code)}</a></p></section>`)
    .join('');
  let supervision = '';
  if (record.supervision) {
    const s = record.supervision;
    const years = s.years.map((y) => `<tr><th scope="row">${y.year}</th><td>${hoursText(lang, y.hours)}</td><td>${y.sessions}</td></tr>`).join('');
    supervision = `<section class="card supervision"><h2>${w.supervision}</h2>
<p>${escapeHtml(w.supervisionTotal(hoursText(lang, s.hours), s.sessions))}</p>
${years ? `<table><thead><tr><th scope="col">${w.year}</th><th scope="col">${w.supervisionHours}</th><th scope="col">${w.sessions}</th></tr></thead><tbody>${years}</tbody></table>` : ''}
</section>`;
  }
  return { status: 200, html: layout(lang, `${w.shared}: ${record.holderName}`, `/share/${token}`, chosen + items + supervision) };
}

/** Hours with at most one decimal, in the page's language (12,5 / 12.5). */
function hoursText(lang: Lang, hours: number): string {
  return formatHours(Math.round(hours * 10) / 10, lang);
}

/**
 * The answer when the database could not be asked. It must not read like
 * "no such certificate": nothing was looked up, so it says to come back.
 */
export function unavailablePage(lang: Lang, path: string): { status: number; html: string } {
  const w = WORDS[lang];
  return { status: 503, html: layout(lang, w.title, path, `<p class="status bad" role="status">${w.unavailable}</p><p>${w.unavailableHint}</p>`) };
}

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

function statusBlock(lang: Lang, c: PublicCertificate): string {
  const w = WORDS[lang];
  const cls = c.status === 'valid' ? 'ok' : c.status === 'renewed' ? 'info' : 'bad';
  let extra = '';
  if (c.status === 'revoked') {
    // Only the fixed public text of the reason: the leader's own words stay internal.
    const reason = c.revocationCode ? REVOCATION_PUBLIC_TEXT[c.revocationCode] : null;
    extra = `<p class="revocation">${w.revokedOn} ${date(c.revokedAt)}.${reason ? ` ${w.reason}: ${escapeHtml(reason[lang])}.` : ''}</p>`;
  }
  if (c.status === 'expired') {
    extra = `<p class="expiry">${w.expiredOn} ${date(c.validUntil)}.</p>`;
  }
  if (c.status === 'superseded') {
    const link = c.supersededByCode ? ` <a href="/verify/${escapeHtml(c.supersededByCode)}?lang=${lang}">${w.newer}</a>` : '';
    extra = `<p>${w.replacedBy}${link}</p>`;
  }
  if (c.status === 'renewed') {
    const link = c.renewedByCode ? ` <a class="renewal" href="/verify/${escapeHtml(c.renewedByCode)}?lang=${lang}">${w.renewal}</a>` : '';
    extra = `<p>${w.renewedBy}${link}</p>`;
  }
  return `<p class="status ${cls}" role="status">${w[c.status]}</p>${extra}`;
}

function details(lang: Lang, c: PublicCertificate): string {
  const w = WORDS[lang];
  const course = c.content.course;
  const l = c.language;
  // A replaced certificate may have been replaced to correct the name: the old one is not repeated to the public.
  const holder = c.status === 'superseded' ? '' : `<dt>${w.holder}</dt><dd class="holder">${escapeHtml(c.holderName)}</dd>\n`;
  return `<dl>
${holder}<dt>${w.course}</dt><dd>${escapeHtml(course.certificate.title[l])}<br>${escapeHtml(course.title[l])}, ${w.version} ${c.version}, ${course.hours} ${w.hours}</dd>
<dt>${w.competences}</dt><dd><p>${escapeHtml(course.certificate.description[l])}</p><ul>${course.certificate.competences.map((x) => `<li>${escapeHtml(x.text[l])}</li>`).join('')}</ul></dd>
<dt>${w.issued}</dt><dd>${date(c.issuedAt)}</dd>
${c.validUntil ? `<dt>${w.validUntil}</dt><dd class="valid-until">${date(c.validUntil)}</dd>\n` : ''}<dt>${w.issuer}</dt><dd>${escapeHtml(c.issuerName)}</dd>
<dt>${w.code}</dt><dd><code>${escapeHtml(c.code)}</code></dd>
</dl>
${c.history.length > 1 ? `<p class="history">${escapeHtml(w.history(date(c.history[0].issuedAt), c.history.slice(1).map((h) => date(h.issuedAt))))}</p>
` : ''}
<p class="note">${w.privacy}</p>`;
}

function uploadForm(lang: Lang): string {
  const w = WORDS[lang];
  return `<form method="post" action="/verify?lang=${lang}" enctype="multipart/form-data">
<label for="file">${w.upload}</label>
<input id="file" name="file" type="file" accept="application/pdf" required>
<button type="submit">${w.uploadButton}</button>
</form>`;
}

function layout(lang: Lang, title: string, path: string, body: string, head = ''): string {
  const other = lang === 'sv' ? 'en' : 'sv';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – PEER Academy</title>
${head}
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1f2933;line-height:1.5}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #d9e2ec;margin-bottom:1rem}
.status{font-size:1.4rem;font-weight:700;padding:.5rem .75rem;border-radius:.4rem}
.ok{background:#e3f9e5;color:#0e5814}.bad{background:#ffe3e3;color:#8a041a}.info{background:#e6f0fa;color:#0b3a66}
dt{font-weight:600;margin-top:.75rem}dd{margin:0}.holder{font-size:1.3rem}
.card{border:1px solid #d9e2ec;border-radius:.5rem;padding:0 1rem 1rem;margin-bottom:1rem}
form{margin-top:2rem;padding-top:1rem;border-top:1px solid #d9e2ec;display:grid;gap:.5rem}
button{font:inherit;min-height:44px;border:0;border-radius:.4rem;background:#1d5c63;color:#fff}
a{color:#1d5c63}.note{color:#52606d;font-size:.9rem}
</style>
</head>
<body>
<header><p><strong>PEER Academy</strong></p><a href="${escapeHtml(path)}?lang=${other}" hreflang="${other}">${WORDS[lang].other}</a></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function date(value: Date | null): string {
  return value ? value.toISOString().slice(0, 10) : '';
}
