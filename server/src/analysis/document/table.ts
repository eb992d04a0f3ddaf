// Tables saved as text: a spreadsheet or CSV export with one row per article under a row of column
// names (`"id","headline","published","body"`). The row of names says which cell is the headline
// and which the date; each row that follows opens a record, and a cell in quotes may run on over
// lines (a body with its paragraphs). Cells are read here with their columns on the line, so that
// the headline's range points at the real text.
//
// RFC 4180's reading, by hand rather than with a CSV library: the analysis needs each cell's
// position on its line and must tell, from one line alone, whether it opens a row (segmentation
// looks at a few lines around a candidate, never at the whole dump), which a parser of whole files
// does not give.

import { parsePublicationDate } from "../dates/publication.js";
import { isAcquisitionKey, isDateKey, METADATA_KEYS, normalKey, TITLE_KEYS } from "../words/metadata.js";
import { relativeAge } from "./published.js";

/** What the row of column names says. Column indexes are -1 where the table has no such column. */
export interface TableColumns {
  readonly delimiter: "," | ";" | "\t";
  /** The names as the row writes them (for the profile's description). */
  readonly names: readonly string[];
  readonly title: number;
  readonly date: number;
  /** When the row was saved or scraped (`scraped_at`): what a relative date counts from. */
  readonly acquired: number;
}

/** One cell of a line: its value (quotes removed, doubled quotes as one) and its columns on the line. */
export interface Cell {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const DELIMITERS = [",", ";", "\t"] as const;
/** A column's name: a short key, in any language's letters. */
const COLUMN_NAME = /^\p{L}[\p{L}\d _.:-]{0,31}$/u;
const TITLE_KEY_SET: ReadonlySet<string> = new Set(TITLE_KEYS);
const KNOWN_KEYS: ReadonlySet<string> = new Set(METADATA_KEYS);

/**
 * The columns a line names, if it is a table's row of names: three cells or more, every one a short
 * key, one of them a title key and another one a key of a record (a date, a body, a source…).
 */
export function columnNamesOf(line: string): TableColumns | undefined {
  for (const delimiter of DELIMITERS) {
    if (!line.includes(delimiter)) continue;
    const { cells, open } = cellsOf(line, delimiter);
    if (open || cells.length < 3) continue;
    const names = cells.map((c) => c.value.trim());
    if (!names.every((name) => COLUMN_NAME.test(name))) continue;
    const keys = names.map(normalKey);
    const title = keys.findIndex((key) => TITLE_KEY_SET.has(key));
    if (title < 0 || !keys.some((key, i) => i !== title && KNOWN_KEYS.has(key))) continue;
    return { delimiter, names, title, date: keys.findIndex(isDateKey), acquired: keys.findIndex(isAcquisitionKey) };
  }
  return undefined;
}

/**
 * The cells of one line, split at `delimiter` outside quotes. `open` when a quoted cell runs on
 * past the line's end (its value then holds what the line gives of it).
 */
export function cellsOf(line: string, delimiter: string, from = 0): { cells: Cell[]; open: boolean } {
  const cells: Cell[] = [];
  let i = from;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          cells.push({ value: value + line.slice(j), start: i + 1, end: line.length });
          return { cells, open: true };
        }
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        cells.push({ value, start: i + 1, end: q });
        i = q + 1;
        break;
      }
      // After a closing quote comes the delimiter or the line's end; anything else is no cell of a table.
      if (i >= line.length) return { cells, open: false };
      if (line[i] !== delimiter) return { cells: [], open: false };
      i++;
    } else {
      const d = line.indexOf(delimiter, i);
      const end = d < 0 ? line.length : d;
      cells.push({ value: line.slice(i, end), start: i, end });
      if (d < 0) return { cells, open: false };
      i = d + 1;
    }
  }
}

/**
 * Whether a line opens a row of the table: its cells, read from the line's start, reach past the
 * title column, and the line is not the row of names again. A cell in quotes must close before
 * the delimiter (a paragraph of a body running on over lines does not read so); cells without
 * quotes split at commas only where the date column, when the table has one, holds a date.
 */
export function opensRow(line: string, columns: TableColumns): boolean {
  const { cells } = cellsOf(line, columns.delimiter);
  if (cells.length <= columns.title + 1 && cells.length < columns.names.length) return false;
  if (!cells[columns.title]?.value.trim()) return false;
  if (columnNamesOf(line)) return false;
  const quoted = line.startsWith('"');
  if (!quoted && columns.delimiter !== "\t") {
    const date = columns.date >= 0 ? cells[columns.date]?.value.trim() : undefined;
    if (columns.date >= 0 && !(date && (parsePublicationDate(date) || relativeAge(date)))) return false;
  }
  return true;
}

/**
 * The cells of the row that opens at `lines[0]`: a quoted cell that runs on over lines is one cell
 * (each line break read as a space), and `line` is where each cell starts.
 */
export function rowCells(lines: readonly string[], delimiter: string): (Cell & { line: number })[] {
  const out: (Cell & { line: number })[] = [];
  let open: (Cell & { line: number }) | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // Inside a quoted cell, the line reads on as if it opened with the quote.
    const parsed = open ? cellsOf(`"${line}`, delimiter) : cellsOf(line, delimiter);
    const shift = open ? 1 : 0;
    let cells = parsed.cells.map((c) => ({ value: c.value, start: c.start - shift, end: c.end - shift, line: n }));
    if (open) {
      // A stray character after the closing quote: the line is the cell's, as written.
      const first = cells[0] ?? { value: line, start: 0, end: line.length, line: n };
      open = { ...open, value: `${open.value} ${first.value}` };
      if (parsed.open && cells.length <= 1) continue;
      out.push(open);
      open = undefined;
      cells = cells.slice(1);
    }
    out.push(...cells);
    if (!parsed.open) return out;
    open = out.pop();
  }
  if (open) out.push(open);
  return out;
}
