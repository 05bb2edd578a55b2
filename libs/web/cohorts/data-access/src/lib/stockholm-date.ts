/**
 * Today's calendar date in Sweden, `YYYY-MM-DD`: the API's course-day dates are
 * Europe/Stockholm wall-clock dates and compare as strings.
 */
export function todayInStockholm(now: Date = new Date()): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
