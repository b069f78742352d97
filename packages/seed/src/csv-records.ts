/**
 * A streaming CSV reader (RFC 4180: comma separator, double-quoted fields
 * with "" for a quote, quoted fields may span lines, LF or CRLF line ends).
 * It holds one chunk of input plus the current record in memory, and
 * reports the physical line each record starts on.
 */
import { TextDecoder } from 'node:util';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** The fields, or null when the record is malformed (see `error`). */
  fields: string[] | null;
  error?: string;
}

/** A record longer than this is treated as an unterminated quote rather than buffered forever. */
const MAX_RECORD_CHARS = 1 << 20;

type Parsed = { kind: 'record'; fields: string[]; end: number; newlines: number } | { kind: 'incomplete' };

/**
 * Parses one record starting at `start`. `end` is the index after its line
 * break; `incomplete` means more input is needed to finish it.
 */
function parseRecord(
  buf: string,
  start: number,
  eof: boolean,
): Parsed | { kind: 'malformed'; end: number; newlines: number; error: string } {
  const fields: string[] = [];
  let i = start;
  let newlines = 0;
  for (;;) {
    if (buf.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q === -1 || (q === buf.length - 1 && !eof)) {
          if (!eof) return { kind: 'incomplete' };
          return {
            kind: 'malformed',
            end: buf.length,
            newlines: countNewlines(buf, start, buf.length),
            error: 'a quoted field is never closed',
          };
        }
        value += buf.slice(j, q);
        if (buf.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        newlines += countNewlines(buf, i, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      const c = buf.charCodeAt(i);
      if (c === 44 /* , */) {
        i++;
        continue;
      }
      if (i >= buf.length) {
        if (!eof) return { kind: 'incomplete' };
        return { kind: 'record', fields, end: i, newlines };
      }
      if (c === 10 || (c === 13 && buf.charCodeAt(i + 1) === 10)) {
        return { kind: 'record', fields, end: i + (c === 13 ? 2 : 1), newlines };
      }
      if (c === 13 && i + 1 >= buf.length && !eof) return { kind: 'incomplete' };
      const nl = buf.indexOf('\n', i);
      if (nl === -1 && !eof) return { kind: 'incomplete' };
      const end = nl === -1 ? buf.length : nl + 1;
      return { kind: 'malformed', end, newlines, error: 'unexpected text after a closing quote' };
    }
    // Unquoted field: up to the next comma or line break.
    let k = i;
    for (;;) {
      if (k >= buf.length) {
        if (!eof) return { kind: 'incomplete' };
        fields.push(buf.slice(i, k));
        return { kind: 'record', fields, end: k, newlines };
      }
      const c = buf.charCodeAt(k);
      if (c === 44) {
        fields.push(buf.slice(i, k));
        i = k + 1;
        break;
      }
      if (c === 10) {
        fields.push(buf.slice(i, k > i && buf.charCodeAt(k - 1) === 13 ? k - 1 : k));
        return { kind: 'record', fields, end: k + 1, newlines };
      }
      k++;
    }
  }
}

function decodeUtf8(decoder: TextDecoder, chunk: Buffer | undefined, line: number): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw new Error(`the file is not valid UTF-8 (near line ${line}); save it as UTF-8 and try again`);
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Records of a CSV byte stream (UTF-8; a leading BOM is dropped). Blank lines are skipped. */
export async function* readCsvRecords(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  onBytes?: (bytesSoFar: number) => void,
): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buf = '';
  let pos = 0;
  let line = 1;
  let bytes = 0;
  let first = true;

  function* drain(eof: boolean): Generator<CsvRecord> {
    while (pos < buf.length) {
      // Fast path: a whole line without quotes.
      const nl = buf.indexOf('\n', pos);
      if (nl !== -1 || eof) {
        const lineEnd = nl === -1 ? buf.length : nl;
        const quote = buf.indexOf('"', pos);
        if (quote === -1 || quote > lineEnd) {
          const text = buf.slice(
            pos,
            lineEnd > pos && buf.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd,
          );
          pos = nl === -1 ? buf.length : nl + 1;
          if (text.length > 0) yield { line, fields: text.split(',') };
          line++;
          continue;
        }
      }
      const parsed = parseRecord(buf, pos, eof);
      if (parsed.kind === 'incomplete') {
        if (buf.length - pos > MAX_RECORD_CHARS) {
          yield { line, fields: null, error: 'record longer than 1 MiB (is a quote never closed?)' };
          throw new Error(`line ${line}: cannot continue reading the file`);
        }
        return;
      }
      if (parsed.kind === 'malformed') yield { line, fields: null, error: parsed.error };
      else yield { line, fields: parsed.fields };
      line += parsed.newlines + (buf.charCodeAt(parsed.end - 1) === 10 ? 1 : 0);
      pos = parsed.end;
    }
  }

  for await (const chunk of input) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
      bytes += Buffer.byteLength(chunk);
    } else {
      text = decodeUtf8(decoder, chunk, line);
      bytes += chunk.length;
    }
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = text.length === 0;
    }
    buf = pos < buf.length ? buf.slice(pos) + text : text;
    pos = 0;
    yield* drain(false);
    onBytes?.(bytes);
  }
  buf = (pos < buf.length ? buf.slice(pos) : '') + decodeUtf8(decoder, undefined, line);
  pos = 0;
  yield* drain(true);
}
