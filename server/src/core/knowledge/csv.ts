/**
 * A small RFC 4180 CSV reader that never throws.
 *
 * Copes with: a UTF-8 byte-order mark, CRLF / LF / lone CR line ends, quoted fields with doubled quotes
 * and embedded line breaks, text after a closing quote, an unterminated quote at the end of the file,
 * ragged rows (reported, kept as they are), U+FFFD replacement characters (kept, counted) and NUL bytes
 * (binary junk: reported). Problems are returned in `errors`; the caller decides what is fatal.
 */

export interface CsvError {
  /** 1-based physical line where the problem was seen. */
  readonly line: number;
  readonly message: string;
}

export interface CsvResult {
  /** Every record, the header included, fields as strings. Blank lines are skipped. */
  readonly rows: string[][];
  /** For each row, the 1-based physical line it starts on. */
  readonly lines: number[];
  readonly errors: CsvError[];
  /** How many U+FFFD replacement characters the text contains (already-damaged characters). */
  readonly replacementChars: number;
}

const MAX_ERRORS = 50;

export function parseCsv(text: string): CsvResult {
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: CsvError[] = [];
  const addError = (line: number, message: string): void => {
    if (errors.length < MAX_ERRORS) errors.push({ line, message });
    else if (errors.length === MAX_ERRORS) errors.push({ line, message: 'more problems not listed' });
  };
  if (typeof text !== 'string') return { rows, lines, errors: [{ line: 0, message: 'input is not text' }], replacementChars: 0 };

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  let replacementChars = 0;
  let nulSeen = false;

  let row: string[] = [];
  let rowLine = 1;
  let field = '';
  let fieldStarted = false; // the current record has content (so an empty line is not a record)

  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    if (fieldStarted || row.length > 1 || row[0] !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    fieldStarted = false;
  };

  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '' && atFieldStart(text, i)) {
      // Quoted field.
      fieldStarted = true;
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === '\r') {
          // Keep the line break inside the field as LF.
          field += '\n';
          i += text[i + 1] === '\n' ? 2 : 1;
          line++;
          continue;
        }
        if (q === '\n') line++;
        if (q === '\ufffd') replacementChars++;
        if (q === '\0') nulSeen = true;
        field += q;
        i++;
      }
      if (!closed) {
        addError(quoteLine, 'a quoted field is never closed (the rest of the file was read into it)');
        continue;
      }
      // Text between the closing quote and the next separator: keep it, report it.
      let stray = '';
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        stray += text[i];
        i++;
      }
      if (stray !== '') {
        addError(line, `text after a closing quote: ${JSON.stringify(stray.slice(0, 20))}`);
        field += stray;
      }
      continue;
    }
    if (c === ',') {
      fieldStarted = true;
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (c === '\ufffd') replacementChars++;
    if (c === '\0') nulSeen = true;
    if (c === '"') addError(line, 'a quote inside an unquoted field (kept as text)');
    fieldStarted = true;
    field += c;
    i++;
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();

  if (nulSeen) addError(0, 'the file contains NUL bytes: it looks like a binary file, not CSV text');
  if (rows.length > 1) {
    const width = rows[0].length;
    let ragged = 0;
    for (let r = 1; r < rows.length; r++) {
      if (rows[r].length !== width) {
        ragged++;
        if (ragged <= 5) addError(lines[r], `row has ${rows[r].length} fields, the header has ${width}`);
      }
    }
    if (ragged > 5) addError(0, `${ragged} rows in all have a different number of fields from the header`);
  }
  return { rows, lines, errors, replacementChars };
}

// A quote is only special at the very start of a field; inside an unquoted field it is literal text.
function atFieldStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  return prev === ',' || prev === '\n' || prev === '\r' || prev === '\ufeff';
}
