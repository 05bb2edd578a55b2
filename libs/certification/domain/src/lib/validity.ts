/** A validity period as the curriculum states it (see `Validity` in the curriculum model). */
export interface ValidityPeriod {
  readonly years: number;
}

/**
 * End of a certificate's validity: the same instant `years` calendar years
 * after it was issued (UTC). A certificate issued on 29 February ends on
 * 28 February of a year without a leap day, never on 1 March. Null when the
 * course has no validity period: the certificate never expires.
 */
export function validityEnd(issuedAt: Date, validity: ValidityPeriod | undefined | null): Date | null {
  if (!validity) return null;
  if (!Number.isInteger(validity.years) || validity.years < 1) throw new Error(`validity years must be a positive integer (found ${validity.years})`);
  const year = issuedAt.getUTCFullYear() + validity.years;
  const month = issuedAt.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(issuedAt.getTime());
  end.setUTCFullYear(year, month, Math.min(issuedAt.getUTCDate(), lastDay));
  return end;
}
