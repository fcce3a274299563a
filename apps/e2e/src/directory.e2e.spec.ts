import { expectAccessible, newContext, screenshot } from './support/browser';
import { mainNavigation, signInAsCoordinator, useCoordinatorStack } from './support/coordinator-stack';

const ORGANISATION = { name: 'Darfur Women Action Group', acronym: 'DWAG' };
const CONTACT = { firstName: 'Niemat', lastName: 'Ahmadi', emails: ['niemat@example.org', 'director@dwag.example.org'] };
const UUID_PATH = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('Keeping the directory of organisations and contacts, in a real browser', () => {
  const stack = useCoordinatorStack('directory');

  it('should let a coordinator add an organisation in a country, a contact of it with two emails, and find the contact despite a misspelling', async () => {
    const { server, browser } = stack;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAsCoordinator(page, server.url);

    // The organisations list, empty at first: it says what to do first.
    await mainNavigation(page).getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByText('No organisations yet. Add the first member organisation.').waitFor();
    await expectAccessible(page);

    // A new organisation, with its country picked by typing part of its name.
    await page.getByRole('link', { name: 'New organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'New organisation' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Name' }).fill(ORGANISATION.name);
    await page.getByRole('textbox', { name: 'Acronym' }).fill(ORGANISATION.acronym);
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Diaspora' }).click();
    await page.getByRole('combobox', { name: 'Country' }).fill('Sud');
    await page.getByRole('option', { name: 'Sudan', exact: true }).click();
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL(new RegExp(`/organisations/${UUID_PATH}$`));
    await page.getByText(`${ORGANISATION.name} was added to the directory.`).waitFor();
    await screenshot(page, 'organisation-created');

    // The list shows it with its country; the organisation opens from there.
    await mainNavigation(page).getByRole('link', { name: 'Organisations', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(ORGANISATION.name) });
    await row.getByRole('cell', { name: 'Sudan' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'organisations');
    await row.getByRole('link', { name: ORGANISATION.name }).click();
    await page.getByRole('heading', { level: 1, name: ORGANISATION.name }).waitFor();
    await page.getByRole('region', { name: 'Membership' }).getByText('Added as Prospect').waitFor();
    await expectAccessible(page);
    const organisationUrl = page.url();

    // A person of the organisation, with two emails, the second one primary.
    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Organisation 1' }).inputValue()).resolves.toBe(`${ORGANISATION.name} (${ORGANISATION.acronym})`);
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'First name' }).fill(CONTACT.firstName);
    await page.getByRole('textbox', { name: 'Last name' }).fill(CONTACT.lastName);
    await page.getByRole('textbox', { name: 'Email 1' }).fill(CONTACT.emails[0]);
    await page.getByRole('button', { name: 'Add an email' }).click();
    await page.getByRole('textbox', { name: 'Email 2' }).fill(CONTACT.emails[1]);
    await page.getByRole('radio', { name: /Primary.*email 2/ }).check();
    await page.getByRole('textbox', { name: 'Title at organisation 1' }).fill('Director');
    await screenshot(page, 'contact-form');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await page.waitForURL(new RegExp(`/contacts/${UUID_PATH}$`));
    await page.getByText(`${CONTACT.firstName} ${CONTACT.lastName} was added to the directory.`).waitFor();

    // Found from the contacts list with a misspelt name.
    await mainNavigation(page).getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('Ahmady');
    await page.waitForURL(/\/contacts\?q=Ahmady$/);
    const contactRow = page.getByRole('row', { name: new RegExp(CONTACT.lastName) });
    await contactRow.getByRole('cell', { name: `${ORGANISATION.name} (${ORGANISATION.acronym})` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contacts-search');

    // The search is in the address: a reload shows the same list.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search by name or email' }).inputValue()).resolves.toBe('Ahmady');
    await contactRow.getByRole('link', { name: CONTACT.lastName }).click();

    // The contact's page: both emails, the primary one marked, and the organisation.
    await page.getByRole('heading', { level: 1, name: `${CONTACT.firstName} ${CONTACT.lastName}` }).waitFor();
    const emails = page.getByRole('list', { name: 'Emails' }).getByRole('listitem');
    await expect(emails.allTextContents()).resolves.toEqual([CONTACT.emails[0], `${CONTACT.emails[1]}Primary`]);
    await page.getByRole('region', { name: 'Organisations' }).getByText('Director').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'contact');

    // The organisation now lists the person.
    await page.getByRole('link', { name: `${ORGANISATION.name} (${ORGANISATION.acronym})` }).click();
    await page.waitForURL(organisationUrl);
    await page.getByRole('region', { name: 'People' }).getByRole('link', { name: `${CONTACT.firstName} ${CONTACT.lastName}` }).waitFor();
    await context.close();
  });
});
