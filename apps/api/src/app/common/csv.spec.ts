import { csvCell, spreadsheetCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it.each([
    ['Anna Berg', '"Anna Berg"'],
    ['', '""'],
    ['Säg "hej"', '"Säg ""hej"""'],
    ['Anna;Berg, Umeå', '"Anna;Berg, Umeå"'],
    ['rad ett\r\nrad två', '"rad ett\r\nrad två"'],
    ['=1+1', `"'=1+1"`],
    ['+46 70', `"'+46 70"`],
    ['-1', `"'-1"`],
    ['@SUM(9)', `"'@SUM(9)"`],
    ['\t=1', `"'\t=1"`],
    ['\rtext', `"'\rtext"`],
    ['   =HYPERLINK("http://x")', `"'   =HYPERLINK(""http://x"")"`],
    ['\n@SUM(1)', `"'\n@SUM(1)"`],
    ['Anna-Karin', '"Anna-Karin"'],
    ['a=b', '"a=b"'],
  ])('quotes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('keeps a hostile name in one cell of one row, with a BOM and semicolons', () => {
    const csv = spreadsheetCsv([
      ['Namn', 'Kan certifieras'],
      ['Anna;=1+1;@SUM(9)', 'Nej'],
    ]);
    // Quoted, the semicolons stay inside the cell, so no part of it starts a formula of its own.
    expect(csv).toBe('\uFEFF"Namn";"Kan certifieras"\r\n"Anna;=1+1;@SUM(9)";"Nej"\r\n');
  });
});
