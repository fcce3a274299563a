import axe from 'axe-core';

/**
 * Serious and critical axe-core violations in the current document, as readable lines. jsdom computes no layout,
 * so colour contrast is left to the browser tests.
 */
export async function seriousAxeViolations(): Promise<string[]> {
  const results = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
