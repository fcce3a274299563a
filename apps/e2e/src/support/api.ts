import { Page } from 'playwright-core';

/**
 * Runs one GraphQL operation from a signed-in page, with its session cookie, as the admin itself would. For
 * setting the scene of a test (records a person would have made earlier); what the test is about goes through
 * the screens.
 */
export async function callApi<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL error: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

/** Creates a record through a `create…(input:)` mutation and returns its id. */
export async function createRecord(page: Page, mutation: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  const data = await callApi<Record<string, { id: string }>>(page, `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });
  return data[mutation].id;
}
