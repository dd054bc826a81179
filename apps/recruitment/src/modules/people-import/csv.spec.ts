import { BOM, csvCell, CsvSyntaxError, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('When fields are plain, then each line is a record with its line number', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('When lines end with CRLF and the file starts with a BOM, then neither leaks into the values', () => {
    expect(parseCsv(`${BOM}name,town\r\nAmal,Rennes\r\n`)).toEqual([
      { line: 1, fields: ['name', 'town'] },
      { line: 2, fields: ['Amal', 'Rennes'] },
    ]);
  });

  it('When a quoted field holds separators, doubled quotes and line breaks, then they are kept and later line numbers still count physical lines', () => {
    const records = parseCsv('a,b\r\n"x, ""y""","line1\r\nline2"\r\nlast,one');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'line1\r\nline2'] },
      { line: 4, fields: ['last', 'one'] },
    ]);
  });

  it('When fields are empty, quoted-empty or trailing, then they are empty strings', () => {
    expect(parseCsv('a,,"",c,\n')).toEqual([{ line: 1, fields: ['a', '', '', 'c', ''] }]);
  });

  it('When blank lines appear, then they are skipped but counted', () => {
    expect(parseCsv('h\n\n1\r\n\r\n2').map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('When the header uses semicolons (French Excel), then ";" is the separator', () => {
    expect(parseCsv('nom;ville\nAmal;"Saint-Malo; port"')).toEqual([
      { line: 1, fields: ['nom', 'ville'] },
      { line: 2, fields: ['Amal', 'Saint-Malo; port'] },
    ]);
  });

  it('When a quoted field is never closed, then a syntax error names the line where it opened', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(new CsvSyntaxError(2, 'a quoted field is never closed'));
  });

  it('When text follows a closing quote or a quote sits inside an unquoted field, then a syntax error names the line', () => {
    expect(() => parseCsv('a\n"x"y')).toThrow(/^line 2: unexpected text after a closing quote/);
    expect(() => parseCsv('a\nx"y')).toThrow(/^line 2: a quote inside an unquoted field/);
  });

  it('When the file is empty, then there is no record', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv(BOM)).toEqual([]);
  });
});

describe('csvCell and toCsv', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('When a cell starts like a formula (%s), then it is prefixed with a quote', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['a zero-width space', '\u200B=HYPERLINK("http://evil")', `"'\u200B=HYPERLINK(""http://evil"")"`],
    ['a ZWNJ', '\u200C+1', "'\u200C+1"],
    ['a ZWJ', '\u200D-1', "'\u200D-1"],
    ['a word joiner', '\u2060@SUM(A1)', "'\u2060@SUM(A1)"],
    ['a BOM', '\uFEFF=1', "'\uFEFF=1"],
    ['several zero-width characters', '\u200B\uFEFF\u2060=1', "'\u200B\uFEFF\u2060=1"],
    ['a full-width equals sign', '＝SUM(A1)', "'＝SUM(A1)"],
    ['a full-width plus sign', '＋33 6', "'＋33 6"],
    ['a full-width minus sign', '－1', "'－1"],
    ['a full-width at sign', '＠SUM(A1)', "'＠SUM(A1)"],
    ['a zero-width space before a full-width sign', '\u200B＝1', "'\u200B＝1"],
  ])('When a formula hides behind %s, then the cell is prefixed with a quote', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['Persian with a ZWNJ inside', 'می\u200Cخواهم'],
    ['a zero-width space before a letter', '\u200BAli'],
    ['a full-width letter', 'Ａli'],
    ['a sign later in the value', 'Jean-Luc = +1'],
  ])('When a cell only looks unusual (%s), then it is written as it is', (_label, value) => {
    expect(csvCell(value)).toBe(value);
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['semi;colon', '"semi;colon"'],
    ['plain', 'plain'],
    [42, '42'],
    [undefined, ''],
    [null, ''],
  ])('When a cell is %j, then it is written as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('When a file is written, then it starts with a BOM, ends lines with CRLF and reads back to the same values', () => {
    const out = toCsv(
      ['name', 'note'],
      [
        ['Amal', 'says "hi", twice'],
        ['Jo', 'two\r\nlines'],
      ],
    );
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(parseCsv(out).map((r) => r.fields)).toEqual([
      ['name', 'note'],
      ['Amal', 'says "hi", twice'],
      ['Jo', 'two\r\nlines'],
    ]);
  });
});
