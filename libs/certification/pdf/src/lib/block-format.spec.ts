import { BlockFormatError, escapeValue, parseBlocks } from './block-format';

describe('block format', () => {
  it('parses kinds and cells, skipping blank lines', () => {
    const blocks = parseBlocks('title: Yrkesbevis\n\n  row: Grundutbildning | 2026-10-30 | 84  \r\nitem: En punkt');
    expect(blocks).toEqual([
      { kind: 'title', cells: ['Yrkesbevis'], line: 1 },
      { kind: 'row', cells: ['Grundutbildning', '2026-10-30', '84'], line: 3 },
      { kind: 'item', cells: ['En punkt'], line: 4 },
    ]);
  });

  it('keeps colons after the kind and unescapes bars and backslashes', () => {
    expect(parseBlocks('text: Tid: 12:00 \\| a\\\\b')[0].cells).toEqual(['Tid: 12:00 | a\\b']);
  });

  it('drops a line whose cells are all empty', () => {
    expect(parseBlocks('item: \nrow:  |  ')).toEqual([]);
  });

  it('names the line of an unknown kind or of too many cells', () => {
    expect(() => parseBlocks('title: ok\nbanner: no')).toThrow(BlockFormatError);
    expect(() => parseBlocks('title: ok\nbanner: no')).toThrow(/line 2: .*banner/);
    expect(() => parseBlocks('text: a | b')).toThrow(/line 1: "text" takes at most 1 cell/);
    expect(() => parseBlocks('plain text')).toThrow(/line 1/);
  });

  it('escapes data so that it stays one cell of one line', () => {
    const value = escapeValue('  Anna\nheading: injected | cell \\ end\u0007 ');
    expect(value).not.toMatch(/\n/);
    const [block] = parseBlocks(`row: ${value} | 12`);
    expect(block.cells).toEqual(['Anna heading: injected | cell \\ end', '12']);
  });
});
