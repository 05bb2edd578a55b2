/**
 * CSV for Swedish Excel, which splits on `;` and reads a file without a BOM as Windows-1252.
 * Every cell is quoted, so no `;`, `,`, quote or line break in a value can shift columns or rows.
 */
export function spreadsheetCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

/**
 * One quoted cell. A value that a spreadsheet would take for a formula (=, +, -, @, also after
 * leading whitespace, or a leading tab or carriage return) gets a leading `'` as OWASP advises,
 * so that a trainee's name can never run as a formula on the leader's computer.
 */
export function csvCell(value: string): string {
  const inert = /^[\t\r]|^\s*[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${inert.replaceAll('"', '""')}"`;
}
