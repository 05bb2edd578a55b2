/**
 * Reads a number of hours as a person writes it, "2,5" or "2.5", and keeps it only when the
 * API would accept it: 0.5 to 24 with at most one decimal. Otherwise `null`.
 */
export function parseHours(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d)?$/.test(normalised)) return null;
  const hours = Number(normalised);
  return hours >= 0.5 && hours <= 24 ? hours : null;
}
