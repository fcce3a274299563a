/** How much of the file is read in the browser to find its header: the whole file goes to the API as it is. */
const HEADER_BYTES = 64 * 1024;

/**
 * The column names of a CSV text: its first record, read as the API reads it (comma-separated, double quotes around
 * cells that hold commas, quotes or line breaks, a byte-order mark ignored, cells trimmed).
 */
export function parseCsvHeader(text: string): string[] {
  const source = text.replace(/^\uFEFF/, '');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') break;
    else cell += char;
  }
  cells.push(cell.trim());
  return cells.length === 1 && cells[0] === '' ? [] : cells;
}

/** The header columns of a CSV file chosen in the browser. */
export async function readCsvHeader(file: Blob): Promise<string[]> {
  return parseCsvHeader(await file.slice(0, HEADER_BYTES).text());
}
