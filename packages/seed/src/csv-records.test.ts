import { describe, expect, it } from 'vitest';
import { type CsvRecord, readCsvRecords } from './csv-records.js';

async function read(chunks: string[]): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of readCsvRecords(chunks.map((c) => Buffer.from(c)))) out.push(r);
  return out;
}

describe('readCsvRecords', () => {
  it('splits plain lines, LF or CRLF, and skips blank lines', async () => {
    expect(await read(['a,b\r\n1,2\n\n3,', '4\n'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, keeping physical line numbers', async () => {
    const records = await read(['id,note\n1,"a, ""b""\nc"\n2,', '"x"\n3,y']);
    expect(records).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['1', 'a, "b"\nc'] },
      { line: 4, fields: ['2', 'x'] },
      { line: 5, fields: ['3', 'y'] },
    ]);
  });

  it('handles records and multi-byte characters split across chunks', async () => {
    const bytes = Buffer.from('city\n"Алматы"\nАстана\n');
    const chunks = Array.from(bytes).map((b) => Buffer.from([b]));
    const out: CsvRecord[] = [];
    for await (const r of readCsvRecords(chunks)) out.push(r);
    expect(out.map((r) => r.fields)).toEqual([['city'], ['Алматы'], ['Астана']]);
  });

  it('drops a UTF-8 byte order mark', async () => {
    expect((await read(['\ufeffa,b\n']))[0]?.fields).toEqual(['a', 'b']);
  });

  it('reports malformed records by line and keeps going', async () => {
    const records = await read(['a,b\n"x"y,1\n2,3\n"never closed,4\n']);
    expect(records[1]).toMatchObject({
      line: 2,
      fields: null,
      error: 'unexpected text after a closing quote',
    });
    expect(records[2]).toEqual({ line: 3, fields: ['2', '3'] });
    expect(records[3]).toMatchObject({ line: 4, fields: null, error: 'a quoted field is never closed' });
  });
});
