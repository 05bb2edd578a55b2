import { parseEnrolmentCsv } from './enrolment-csv';

describe('parseEnrolmentCsv', () => {
  it('reads comma and semicolon files with the columns in any order', () => {
    expect(parseEnrolmentCsv('name,email\nÅsa Lind,ASA@example.org\n').trainees).toEqual([{ line: 2, name: 'Åsa Lind', email: 'asa@example.org' }]);
    expect(parseEnrolmentCsv('\uFEFFe-post;namn\r\nmarta@example.org;"Märta Ö, jr"\r\n').trainees).toEqual([
      { line: 2, name: 'Märta Ö, jr', email: 'marta@example.org' },
    ]);
  });

  it('reports every bad row with its line and reason', () => {
    const { errors } = parseEnrolmentCsv('name,email\nOk,ok@example.org\n,blank@example.org\nBad,not-an-email\nTwice,OK@example.org\n');
    expect(errors).toEqual([
      { field: 'csv.line3.name', rule: 'length', message: 'line 3: name must be 1 to 120 characters' },
      { field: 'csv.line4.email', rule: 'isEmail', message: 'line 4: "not-an-email" is not an e-mail address' },
      { field: 'csv.line5.email', rule: 'duplicate', message: 'line 5: ok@example.org is also on line 2' },
    ]);
  });

  it('needs a header naming both columns', () => {
    expect(parseEnrolmentCsv('Åsa,asa@example.org').errors[0]).toMatchObject({ field: 'csv.line1.header', rule: 'header' });
  });

  it('skips blank lines and refuses a file without trainees', () => {
    expect(parseEnrolmentCsv('name,email\n\n').errors[0]).toMatchObject({ rule: 'empty' });
  });

  it('reports an unclosed quote instead of throwing', () => {
    expect(parseEnrolmentCsv('name,email\n"Åsa,asa@example.org\n').errors[0]).toMatchObject({ rule: 'csvSyntax' });
  });
});
