import fc from 'fast-check';

/** What spreadsheets run as a formula when a cell starts with it (after a tab or carriage return too). */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t=', '\r=', '\t@', ' ='];
export const FORMULA_BODIES = ["cmd|' /C calc'!A0", 'HYPERLINK("http://evil.example")', '1+1', 'SUM(A1:A9)', "2+3+cmd|' /C notepad'!'A1'"];

export const formulaText = fc.tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.constantFrom(...FORMULA_BODIES)).map(([prefix, body]) => `${prefix}${body}`);

const plainCell = fc.constantFrom('Amina', 'Diallo', 'Jonas', 'Berg', 'amina@example.org', 'SN', 'fr', 'NGO', 'ACTIVE', 'https://example.org', 'sahel; women', '');
const nastyCell = fc.constantFrom(
  "'; DROP TABLE contacts; --",
  '<script>alert(1)</script>',
  'a\u0000b',
  '\u0007bell',
  '\u202Eevil',
  '"broken',
  'x"y',
  'Zoë Ångström',
  'a\uFFFDb',
  'not-an-email',
  'club',
);
const hugeCell = fc.integer({ min: 100_001, max: 1_100_000 }).map((length) => 'x'.repeat(length));

/** A cell as written in the file: quoted properly, or raw (which breaks the quoting when it has quotes or commas). */
const writtenCell = fc.tuple(fc.oneof({ weight: 4, arbitrary: plainCell }, { weight: 2, arbitrary: formulaText }, { weight: 3, arbitrary: nastyCell }, { weight: 1, arbitrary: hugeCell }), fc.boolean()).map(
  ([text, quoted]) => (quoted ? `"${text.replace(/"/g, '""')}"` : text),
);

export interface CsvFile {
  description: string;
  bytes: Buffer;
}

/**
 * A CSV file with the mapped header and rows of good and bad cells: ragged rows, broken quoting, a BOM,
 * other line ends, Latin-1 or UTF-16 bytes, NUL bytes, cells of up to 1 MB.
 */
export function csvFiles(header: string[], validRow: fc.Arbitrary<string[]>): fc.Arbitrary<CsvFile> {
  const fuzzedRow = fc.tuple(fc.array(writtenCell, { minLength: header.length, maxLength: header.length }), fc.integer({ min: -1, max: 1 })).map(([cells, ragged]) =>
    ragged < 0 ? cells.slice(0, -1) : ragged > 0 ? [...cells, 'extra'] : cells,
  );
  // Mostly valid rows, so that some files go all the way to a commit.
  const row = fc.oneof({ weight: 4, arbitrary: validRow }, { weight: 1, arbitrary: fuzzedRow });
  return fc
    .record({
      rows: fc.array(row, { minLength: 1, maxLength: 6 }),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      encoding: fc.constantFrom('utf8', 'utf8', 'utf8', 'utf8', 'latin1', 'utf16le'),
      nulByteAt: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    })
    .map(({ rows, lineEnd, bom, encoding, nulByteAt }) => {
      const text = `${bom ? '\uFEFF' : ''}${[header.join(','), ...rows.map((cells) => cells.join(','))].join(lineEnd)}`;
      let bytes = Buffer.from(text, encoding as BufferEncoding);
      if (nulByteAt !== null) {
        const at = nulByteAt % bytes.length;
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]);
      }
      const sizes = rows.map((cells) => cells.map((cell) => (cell.length > 60 ? `<${cell.length} chars>` : cell)));
      return { description: JSON.stringify({ encoding, bom, lineEnd, nulByteAt, rows: sizes }), bytes };
    });
}

const person = fc.constantFrom('Amina', 'Jonas', 'Li', 'Zoë', 'Ngozi', "O'Brien");
/** A valid contacts row: first name, last name, email, organisation, country, tags, notes. */
export const validContactRow = fc
  .tuple(person, fc.nat(9999), fc.constantFrom('SN', 'FR', ''), fc.constantFrom('', 'sahel; women'), fc.oneof(fc.constant(''), formulaText.filter((text) => !text.startsWith('\r'))))
  .map(([first, n, country, tags, notes]) => [first, `Row${n}`, `row${n}@example.org`, '', country, tags, `"${notes.replace(/"/g, '""')}"`]);
/** A valid organisations row: name, type, country, status, website, focus areas. */
export const validOrganisationRow = fc
  .tuple(fc.nat(99_999), fc.constantFrom('NGO', 'ngo', 'MEDIA'), fc.constantFrom('RW', 'US', ''), fc.constantFrom('', 'ACTIVE', 'applied'), fc.constantFrom('', 'https://example.org'))
  .map(([n, type, country, status, website]) => [`Organisation ${n}`, type, country, status, website, 'early warning']);

/** A cell a spreadsheet would run: it starts with a formula character. */
export const isFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell);
