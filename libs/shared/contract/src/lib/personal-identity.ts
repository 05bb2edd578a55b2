/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer),
 * written with the century: `YYYYMMDD-NNNN` or `YYYYMMDDNNNN`. Answers the twelve digits, or null
 * when it is not one: a real date (a coordination number adds 60 to the day) and a valid check
 * digit. Ten-digit forms are refused, as their century is a guess.
 */
export function normalisePersonalIdentityNumber(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(value.replace(/\s+/g, ''));
  if (!match) return null;
  const [, year, month, day, tail] = match as unknown as [string, string, string, string, string];
  const dayOfMonth = Number(day) > 60 ? Number(day) - 60 : Number(day);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, dayOfMonth));
  if (dayOfMonth < 1 || date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== dayOfMonth) return null;
  const digits = `${year}${month}${day}${tail}`;
  return luhnValid(digits.slice(2)) ? digits : null;
}

/** The Luhn check over the ten digits YYMMDDNNNC. */
function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
