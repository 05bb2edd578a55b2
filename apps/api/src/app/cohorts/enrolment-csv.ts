import type { FieldError } from '@peer/contract';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';

export interface CsvTrainee {
  /** Line in the file, counting the header as line 1. */
  line: number;
  name: string;
  email: string;
}

export interface ParsedCsv {
  trainees: CsvTrainee[];
  errors: FieldError[];
}

/**
 * Reads `name,email` rows (comma or semicolon, header in any order, optional
 * BOM) and checks every row; the caller imports nothing when `errors` is not empty.
 */
export function parseEnrolmentCsv(text: string): ParsedCsv {
  const errors: FieldError[] = [];
  const fail = (line: number, column: string, rule: string, message: string) =>
    errors.push({ field: `csv.line${line}.${column}`, rule, message: `line ${line}: ${message}` });

  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    fail(line, 'row', 'csvSyntax', (error as Error).message.replace(/^Invalid Record Length: |^Quote Not Closed: /, ''));
    return { trainees: [], errors };
  }

  const header = (records[0] ?? []).map((cell) => cell.toLowerCase());
  const nameAt = header.findIndex((h) => h === 'name' || h === 'namn');
  const emailAt = header.findIndex((h) => h === 'email' || h === 'e-mail' || h === 'e-post' || h === 'epost');
  if (nameAt < 0 || emailAt < 0) {
    fail(1, 'header', 'header', 'the first line must name the columns "name" and "email"');
    return { trainees: [], errors };
  }

  const trainees: CsvTrainee[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell === '')) return;
    const name = cells[nameAt] ?? '';
    const email = (cells[emailAt] ?? '').toLowerCase();
    let ok = true;
    if (name === '' || name.length > 120) {
      fail(line, 'name', 'length', 'name must be 1 to 120 characters');
      ok = false;
    }
    if (!isEmail(email) || email.length > 254) {
      fail(line, 'email', 'isEmail', `"${email}" is not an e-mail address`);
      ok = false;
    } else if (seen.has(email)) {
      fail(line, 'email', 'duplicate', `${email} is also on line ${seen.get(email)}`);
      ok = false;
    } else {
      seen.set(email, line);
    }
    if (ok) trainees.push({ line, name, email });
  });
  if (trainees.length === 0 && errors.length === 0) fail(2, 'row', 'empty', 'the file has no trainees');
  return { trainees, errors };
}
