import { FieldRow, OperationRow, Outcome } from './matrix';
import { CALLERS } from './seed';

const SYMBOL: Record<Outcome, string> = { allow: '✓', refused: '✗', hidden: '∅' };
const HEADER = `| ${['Coordinator', 'Advocate', 'Analyst', 'Member', 'Not signed in'].join(' | ')} |`;
const RULE = `|${' --- |'.repeat(CALLERS.length + 1)}`;

const cells = (expected: OperationRow['expected']) => CALLERS.map((caller) => SYMBOL[expected[caller]]).join(' | ');
const escape = (text: string) => text.replace(/\|/g, '\\|');

/** The matrix as Markdown: operations × callers, then the protected fields with what each caller gets. */
export function renderAuthorisationMatrix(operations: readonly OperationRow[], fields: readonly FieldRow[]): string {
  const issues = fields.filter((row) => row.knownIssue);
  const lines = [
    '# Authorisation matrix',
    '',
    'Generated from `apps/api/test/authorisation/matrix.ts`; `apps/api/test/authorisation-matrix.spec.ts` runs every cell against the',
    'running API and fails when this file is stale (rewrite it with `UPDATE_AUTHORISATION_MATRIX=1`).',
    '',
    'Members are the representatives of one member organisation; "another organisation" is one they do not represent.',
    '',
    '✓ allowed · ✗ refused (`FORBIDDEN`, or `UNAUTHENTICATED` when not signed in) · ∅ hidden (null or left out of the list, without an error)',
    '',
    `## Operations (${operations.length})`,
    '',
    `| Operation ${HEADER}`,
    RULE,
    ...operations.map((row) => `| \`${row.operation}\` | ${cells(row.expected)} |`),
    '',
    `## Protected fields and records (${fields.length})`,
    '',
    `| Reached through ${HEADER}`,
    RULE,
    ...fields.map((row) => `| ${escape(row.label)}${row.knownIssue ? ` (known gap ${issues.indexOf(row) + 1})` : ''} | ${cells(row.expected)} |`),
    '',
  ];
  if (issues.length) {
    lines.push('## Known gaps', '', 'Cells the API does not meet yet; the spec expects them to fail until they are fixed.', '');
    issues.forEach((row, index) => lines.push(`${index + 1}. ${escape(row.label)}: ${row.knownIssue}`));
    lines.push('');
  }
  return lines.join('\n');
}
