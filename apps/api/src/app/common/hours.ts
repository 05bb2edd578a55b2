/** Made once: a number format costs more to make than the rest of a page. */
const HOURS = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
} as const;

/** Hours as each language writes them, with at most one decimal: "4,5" in Swedish, "4.5" in English. */
export function formatHours(hours: number, lang: 'sv' | 'en'): string {
  return HOURS[lang].format(hours);
}
