import { createRecord } from './support/api';
import { expectAccessible, newContext, screenshot } from './support/browser';
import { mainNavigation, signInAsCoordinator, useCoordinatorStack } from './support/coordinator-stack';

const CONTACT = { firstName: 'Jérôme', lastName: 'Bonnafont' };
const MISSION = 'Permanent Mission of France to the United Nations';
const COUNCIL = 'United Nations Security Council';

describe('Recording a policymaker’s position and finding them, in a real browser', () => {
  const stack = useCoordinatorStack('policymakers');

  it('should add a position at a mission, find the person by a misspelt name, and list them under the Security Council', async () => {
    const { server, browser } = stack;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAsCoordinator(page, server.url);

    const contactId = await createRecord(page, 'createContact', 'CreateContactInput', CONTACT);
    const name = `${CONTACT.firstName} ${CONTACT.lastName}`;

    // The contact's page: no position yet; one is added at the seeded French mission through the dialog.
    await page.goto(`${server.url}/contacts/${contactId}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const positions = page.getByRole('region', { name: 'Positions' });
    await positions.getByText('No position recorded.').waitFor();
    await expectAccessible(page);
    await positions.getByRole('button', { name: 'Add a position' }).click();
    const dialog = page.getByRole('dialog', { name: `Add a position for ${name}` });
    await dialog.getByRole('combobox', { name: 'Institution' }).fill('Mission of France');
    await page.getByRole('option', { name: MISSION }).click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Ambassador, Permanent Representative');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Add position' }).click();
    await page.getByText(`Ambassador, Permanent Representative was added to ${name}’s positions.`).waitFor();
    await positions.getByRole('link', { name: MISSION }).waitFor();
    await positions.getByText('Current').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contact-with-position');

    // The global search finds them from anywhere, despite a misspelling: "/" focuses it, Enter opens the best hit.
    await mainNavigation(page).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('Jerome Bonafont');
    const listbox = page.getByRole('listbox');
    await listbox.getByRole('option', { name: name }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'global-search');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/contacts/${contactId}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    // The policymakers in the Security Council include the missions seated on it, so the French ambassador.
    await mainNavigation(page).getByRole('link', { name: 'Policymakers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Policymakers' }).waitFor();
    await expectAccessible(page);
    const filters = page.getByRole('search', { name: 'Filter policymakers' });
    await filters.getByRole('combobox', { name: 'Institution', exact: true }).fill('Security Council');
    await page.getByRole('option', { name: `${COUNCIL} (UNSC)` }).click();
    await page.waitForURL(/\/policymakers\?institution=[0-9a-f-]{36}$/);
    const row = page.getByRole('table', { name: 'Policymakers' }).getByRole('row', { name: new RegExp(name) });
    await row.getByRole('cell', { name: 'Ambassador, Permanent Representative' }).waitFor();
    await row.getByRole('link', { name: MISSION }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'policymakers-security-council');

    // The Council's own page says who sits there today, with the sources.
    await page.goto(`${server.url}/institutions`);
    await page.getByRole('heading', { level: 1, name: 'Institutions' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name or acronym' }).fill('Security Council');
    await page.getByRole('table', { name: 'Institutions' }).getByRole('link', { name: COUNCIL }).click();
    await page.getByRole('heading', { level: 1, name: COUNCIL }).waitFor();
    const seats = page.getByRole('region', { name: 'Who sits here' });
    await seats.getByRole('region', { name: 'Permanent members' }).getByRole('link', { name: MISSION, exact: true }).waitFor();
    await seats.getByRole('region', { name: 'Presidency' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'security-council-seats');
    await context.close();
  });
});
