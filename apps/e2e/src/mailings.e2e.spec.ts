import { Page } from 'playwright-core';
import { callApi, createRecord } from './support/api';
import { COORDINATOR, mainNavigation, signInAsCoordinator, useCoordinatorStack } from './support/coordinator-stack';
import { expectAccessible, newContext, screenshot } from './support/browser';

const LIST = 'Action alerts';
const MAILING = 'El Fasher: call your representatives';
const SUBJECT_EN = 'Act now: protect civilians in El Fasher';
const SUBJECT_FR = 'Agissez maintenant : protégez les civils à El Fasher';

interface Person {
  firstName: string;
  lastName: string;
  email: string;
  preferredLanguage: 'en' | 'fr';
  tags?: string[];
}

const AMINA: Person = { firstName: 'Amina', lastName: 'Diallo', email: 'amina.diallo@darfur-women.test', preferredLanguage: 'en' };
const JEAN: Person = { firstName: 'Jean', lastName: 'Mukendi', email: 'jean.mukendi@kivu-protection.test', preferredLanguage: 'fr' };
const GRACE: Person = { firstName: 'Grace', lastName: 'Achieng', email: 'grace.achieng@ngo.test', preferredLanguage: 'en' };
/** On the list, but their address refused mail before: suppressed. */
const BOUNCED: Person = { firstName: 'Samuel', lastName: 'Osei', email: 'samuel.osei@gone.test', preferredLanguage: 'en' };
/** Tagged as a donor, never asked to join the list nor agreed to mail: no consent. */
const DONOR: Person = { firstName: 'Claire', lastName: 'Martin', email: 'claire.martin@donor.test', preferredLanguage: 'fr', tags: ['donor'] };

async function createContact(page: Page, person: Person): Promise<string> {
  return createRecord(page, 'createContact', 'CreateContactInput', {
    firstName: person.firstName,
    lastName: person.lastName,
    preferredLanguage: person.preferredLanguage,
    emails: [{ address: person.email, isPrimary: true }],
    tags: person.tags ?? [],
  });
}

describe('An action alert in two languages, composed, previewed and sent in a real browser', () => {
  const stack = useCoordinatorStack('mailings');

  it('should reach each subscriber once in their language, count the excluded, and show the progress reach 100%', async () => {
    const { server, browser, smtp } = stack;
    const page = await (await newContext(browser)).newPage();
    await signInAsCoordinator(page, server.url);

    // The scene: a list with four subscribers (one of them suppressed) and a donor who never agreed to mail.
    const listId = await createRecord(page, 'createMailingList', 'CreateMailingListInput', {
      name: LIST,
      description: 'When a situation worsens: what to do, now.',
      doubleOptIn: false,
      isPublic: true,
    });
    for (const person of [AMINA, JEAN, GRACE, BOUNCED]) {
      const contactId = await createContact(page, person);
      await callApi(page, 'mutation ($input: SubscribeContactInput!) { subscribeContact(input: $input) { id } }', {
        input: { listId, contactId, consentSource: 'signed sheet, Geneva side event, 2 Oct 2026' },
      });
    }
    await createContact(page, DONOR);
    await callApi(page, 'mutation ($input: SuppressAddressInput!) { suppressAddress(input: $input) { address } }', {
      input: { address: BOUNCED.email, detail: 'mailbox closed' },
    });

    // The coordinator starts a mailing from the list of mailings.
    await mainNavigation(page).getByRole('link', { name: 'Mailings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailings' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New mailing' }).click();
    await page.getByRole('heading', { level: 1, name: 'New mailing' }).waitFor();

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(MAILING);
    await page.getByRole('combobox', { name: 'List', exact: true }).click();
    await page.getByRole('option', { name: LIST }).click();

    // The audience: the list's subscribers (its first rule takes the list) or the donors.
    await page.getByRole('textbox', { name: 'Name of the new audience' }).fill('Alert subscribers and donors');
    await page.getByRole('group', { name: 'Rule 1' }).getByRole('button', { name: LIST }).waitFor();
    await page.getByRole('button', { name: 'Any of these (OR)' }).click();
    await page.getByRole('button', { name: 'Add a rule', exact: true }).click();
    const second = page.getByRole('group', { name: 'Rule 2' });
    await second.getByRole('combobox', { name: 'What Rule 2 selects' }).click();
    await page.getByRole('option', { name: 'People with tags' }).click();
    await second.getByRole('combobox', { name: 'Tags' }).fill('donor');
    await second.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await page.getByText('Will reach 3 people; 2 excluded: 1 suppressed, 0 unsubscribed, 1 without consent.').waitFor();

    // English, with the recipient's first name put in from the merge fields menu.
    await page.getByRole('textbox', { name: 'Subject in English' }).fill(SUBJECT_EN);
    const englishBody = page.getByRole('textbox', { name: 'Body in English' });
    await englishBody.fill('Dear ');
    await page.getByRole('button', { name: 'Insert a merge field into the English body' }).click();
    await page.getByRole('menuitem', { name: /^First name/ }).click();
    await page.keyboard.type(',\n\nThe situation in **El Fasher** is worsening. Call your representatives today.');
    await page.getByRole('region', { name: 'Preview in English' }).getByText('Dear Amina,').waitFor();

    await page.getByRole('tab', { name: 'French' }).click();
    await page.getByRole('textbox', { name: 'Subject in French' }).fill(SUBJECT_FR);
    await page
      .getByRole('textbox', { name: 'Body in French' })
      .fill('Bonjour {{firstName}},\n\nLa situation à **El Fasher** se dégrade. Appelez vos représentants aujourd’hui.');
    await expectAccessible(page);
    await screenshot(page, 'mailing-composer');
    await page.getByRole('button', { name: 'Save draft' }).click();

    // Its page: a preview as a chosen person, in their language, with the HTML in a frame that can run nothing.
    await page.getByRole('heading', { level: 1, name: MAILING }).waitFor();
    await page.getByText(`Draft “${MAILING}” saved.`).waitFor();
    const preview = page.getByRole('region', { name: 'Preview', exact: true });
    await preview.getByText(SUBJECT_EN).waitFor();
    await preview.getByRole('combobox', { name: 'Preview as' }).fill('Mukendi');
    await page.getByRole('option', { name: 'Jean Mukendi' }).click();
    await preview.getByText(SUBJECT_FR).waitFor();
    const frame = preview.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('iframe[title="The mail as Jean Mukendi gets it"]').getByText('Bonjour Jean,').waitFor();
    await preview.getByRole('tab', { name: 'Plain text' }).click();
    await preview.getByText(/Bonjour Jean,/).waitFor();
    await expectAccessible(page);

    // A test to the coordinator, in each language, before the real thing.
    await page.getByRole('button', { name: 'Send test to me' }).click();
    await page.getByText(`A test in each language was sent to ${COORDINATOR.email}.`).waitFor();
    await smtp.waitForMessageTo(COORDINATOR.email, 20_000);

    // Send now: the confirmation says how many people it reaches.
    await page.getByRole('button', { name: 'Send now' }).click();
    const dialog = page.getByRole('dialog', { name: `Send “${MAILING}” now?` });
    await dialog.getByText('Will reach 3 people; 2 excluded: 1 suppressed, 0 unsubscribed, 1 without consent.').waitFor();
    await dialog.getByRole('button', { name: 'Send now' }).click();

    // The bar fills as the workers send, then the final figures stay.
    const bar = page.getByRole('progressbar', { name: 'Sending progress' });
    await bar.waitFor();
    await page.locator('[role="progressbar"][aria-label="Sending progress"][aria-valuenow="100"]').waitFor({ timeout: 60_000 });
    await page.getByText('Finished on').waitFor({ timeout: 10_000 });
    // Every delivery is accounted for, the excluded ones included.
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^100% · (\d+) of \1 recipients handled$/);
    const sending = page.getByRole('region', { name: 'Sending', exact: true });
    const figures = await sending.locator('dl dt').allTextContents();
    const values = await sending.locator('dl dd').allTextContents();
    expect(Object.fromEntries(figures.map((label, index) => [label, values[index]]))).toMatchObject({
      Waiting: '0',
      Sent: '3',
      Suppressed: '1',
      'No consent': '1',
      Failed: '0',
      Unknown: '0',
    });
    const recipients = page.getByRole('table', { name: 'Recipients', exact: true });
    await recipients.getByRole('row', { name: new RegExp(JEAN.email) }).getByText('Sent').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'mailing-sent');

    // What arrived: one mail each, in their language; nothing to the suppressed address or to the donor.
    const english = await smtp.waitForMessageTo(AMINA.email, 20_000);
    expect(english.parsed.subject).toBe(SUBJECT_EN);
    expect(english.parsed.text).toContain('Dear Amina,');
    expect((await smtp.waitForMessageTo(GRACE.email, 20_000)).parsed.subject).toBe(SUBJECT_EN);
    const french = await smtp.waitForMessageTo(JEAN.email, 20_000);
    expect(french.parsed.subject).toBe(SUBJECT_FR);
    expect(french.parsed.text).toContain('Bonjour Jean,');
    const received = (address: string) => smtp.messages.filter((mail) => mail.envelopeTo.includes(address)).length;
    expect([AMINA, JEAN, GRACE, BOUNCED, DONOR].map((person) => [person.email, received(person.email)])).toEqual([
      [AMINA.email, 1],
      [JEAN.email, 1],
      [GRACE.email, 1],
      [BOUNCED.email, 0],
      [DONOR.email, 0],
    ]);
  });

  it('should let the coordinator keep lists with the consent of each subscriber, saved audiences and suppressed addresses', async () => {
    const { server, browser } = stack;
    const page = await (await newContext(browser)).newPage();
    await signInAsCoordinator(page, server.url);
    const person: Person = { firstName: 'Fatou', lastName: 'Ndiaye', email: 'fatou.ndiaye@ngo.test', preferredLanguage: 'fr' };
    await createContact(page, person);

    // A new list, and someone added to it with the consent behind it.
    await mainNavigation(page).getByRole('link', { name: 'Mailing lists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailing lists' }).waitFor();
    await page.getByRole('button', { name: 'New list' }).click();
    const newList = page.getByRole('dialog', { name: 'New mailing list' });
    await newList.getByRole('textbox', { name: 'Name' }).fill('Newsletter');
    await newList.getByRole('textbox', { name: 'Description' }).fill('Once a month: what the alliance did.');
    await expectAccessible(page);
    await newList.getByRole('button', { name: 'Create list' }).click();
    await page.getByRole('heading', { level: 1, name: 'Newsletter' }).waitFor();
    await page.getByText('List “Newsletter” created.').waitFor();

    await page.getByRole('button', { name: 'Add a subscriber' }).click();
    const adding = page.getByRole('dialog', { name: 'Add a subscriber to Newsletter' });
    await adding.getByRole('combobox', { name: 'Contact' }).fill('Ndiaye');
    await page.getByRole('option', { name: 'Fatou Ndiaye' }).click();
    await adding.getByRole('textbox', { name: 'Consent' }).fill('asked by email, 3 Nov 2026');
    await adding.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Fatou Ndiaye added to Newsletter.').waitFor();
    const subscriber = page.getByRole('table', { name: 'Subscribers' }).getByRole('row', { name: /Fatou Ndiaye/ });
    await subscriber.getByText('Subscribed').waitFor();
    await subscriber.getByText('asked by email, 3 Nov 2026').waitFor();
    await expectAccessible(page);

    // A saved audience, counted on that list.
    await mainNavigation(page).getByRole('link', { name: 'Audiences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audiences' }).waitFor();
    await page.getByRole('link', { name: 'New audience' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('French readers');
    const rule = page.getByRole('group', { name: 'Rule 1' });
    await rule.getByRole('combobox', { name: 'What Rule 1 selects' }).click();
    await page.getByRole('option', { name: 'People reading languages' }).click();
    await rule.getByRole('combobox', { name: 'Languages' }).click();
    await page.getByRole('option', { name: 'French' }).click();
    await page.getByRole('combobox', { name: 'Count on list' }).click();
    await page.getByRole('option', { name: 'Newsletter' }).click();
    // Fatou is the one French reader on the list; others in the directory have not agreed to it.
    await page.getByText(/^Will reach 1 person;/).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save audience' }).click();
    await page.getByRole('heading', { level: 1, name: 'French readers' }).waitFor();
    await page.getByText('Audience “French readers” saved.').waitFor();
    await page.getByRole('group', { name: 'Rule 1' }).getByRole('button', { name: 'French' }).waitFor();

    // An address suppressed by hand, then let through again.
    await mainNavigation(page).getByRole('link', { name: 'Suppressions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Suppressions' }).waitFor();
    await page.getByRole('button', { name: 'Suppress an address' }).click();
    const suppress = page.getByRole('dialog', { name: 'Suppress an address' });
    await suppress.getByRole('textbox', { name: 'Address' }).fill('former.staff@ngo.test');
    await suppress.getByRole('textbox', { name: 'Detail' }).fill('left the organisation');
    await suppress.getByRole('button', { name: 'Suppress', exact: true }).click();
    const suppressed = page.getByRole('table', { name: 'Suppressions' }).getByRole('row', { name: /former\.staff@ngo\.test/ });
    await suppressed.getByText('Added by a coordinator').waitFor();
    await expectAccessible(page);
    await suppressed.getByRole('button', { name: 'Lift the suppression of former.staff@ngo.test' }).click();
    await page.getByRole('dialog', { name: 'Let former.staff@ngo.test receive mailings again?' }).getByRole('button', { name: 'Lift' }).click();
    await page.getByText('former.staff@ngo.test can receive mailings again.').waitFor();
    await suppressed.waitFor({ state: 'detached' });
  });
});
