/** Everything printed on one certificate, already in the certificate's language. */
export interface CertificateView {
  language: 'sv' | 'en';
  /** The title with weight, e.g. "Yrkesbevis: certifierad peer supporter". */
  documentTitle: string;
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  /** What the holder can do. */
  description: string;
  /** The base course and any modules covered; `completedOn` is YYYY-MM-DD. */
  trainings: { title: string; hours: number; completedOn?: string }[];
  totalHours: number;
  /** Learning outcomes / competences stated. */
  competences: string[];
  /** Practical parts, e.g. "6 rollspel godkända". */
  practicals: string[];
  /** YYYY-MM-DD; also used as the PDF's creation date. */
  issuedOn: string;
  issuerName: string;
  issuerUrl?: string;
  /** Who signs for the issuer, e.g. "Ylva Sjöberg, verksamhetsledare". */
  signatory?: string;
  /** The issuer's logo, a PNG or JPEG that `inspectLogo` accepts; printed at the top left. */
  issuerLogo?: Uint8Array;
  /** Certificate code, printed as given. */
  code: string;
  /** Printed and drawn as a QR code. */
  verifyUrl: string;
}

export interface CertificateAttachment {
  /** File name shown by PDF readers, e.g. "credential.json". */
  name: string;
  json: string;
  /** Shown by PDF readers next to the file; a sensible default per language when left out. */
  description?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as midnight UTC; throws on anything else. */
export function parseIsoDate(value: string, field: string): Date {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new TypeError(`${field} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return date;
}

/** Checks what the layout relies on; the rest is free text. */
export function assertValidView(view: CertificateView): void {
  if (view.language !== 'sv' && view.language !== 'en') {
    throw new TypeError(`language must be "sv" or "en", got "${String(view.language)}"`);
  }
  parseIsoDate(view.issuedOn, 'issuedOn');
  for (const t of view.trainings) {
    if (t.completedOn) parseIsoDate(t.completedOn, 'trainings[].completedOn');
    if (!Number.isFinite(t.hours) || t.hours < 0) throw new TypeError(`training hours must be a non-negative number`);
  }
  if (!Number.isFinite(view.totalHours) || view.totalHours < 0) throw new TypeError('totalHours must be a non-negative number');
  for (const field of ['documentTitle', 'holderName', 'courseTitle', 'issuerName', 'code', 'verifyUrl'] as const) {
    if (!view[field]?.trim()) throw new TypeError(`${field} must not be empty`);
  }
}
