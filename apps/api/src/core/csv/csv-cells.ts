/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula. Exported text gets a leading apostrophe so it stays text (OWASP "CSV injection").
 */
export function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : value instanceof Date ? value.toISOString() : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Splits a list cell ("a; b, c") into trimmed, non-empty items. */
export function listCell(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export interface CellNormalisation {
  upper?: readonly string[];
  lower?: readonly string[];
  lists?: readonly string[];
}

/**
 * Turns a row's cells into the plain values its validation class expects: empty cells left out, codes
 * cased, list cells split. Done here rather than with class-transformer decorators because building
 * an instance through class-transformer costs about as much as validating it, 100,000 times per file.
 */
export function normaliseCells(values: Record<string, string>, rules: CellNormalisation): Record<string, string | string[]> {
  const plain: Record<string, string | string[]> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === '') continue;
    if (rules.lists?.includes(field)) plain[field] = [...new Set(listCell(value))];
    else if (rules.upper?.includes(field)) plain[field] = value.toUpperCase();
    else if (rules.lower?.includes(field)) plain[field] = value.toLowerCase();
    else plain[field] = value;
  }
  return plain;
}
