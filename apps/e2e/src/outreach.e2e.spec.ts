import { Page } from 'playwright-core';
import { callApi, createRecord } from './support/api';
import { expectAccessible, newContext, screenshot } from './support/browser';
import { inviteAndAccept, signInAsCoordinator, useCoordinatorStack } from './support/coordinator-stack';

const MISSION = 'Permanent Mission of France to the United Nations';
const COUNCIL = 'United Nations Security Council';
const CAMPAIGN = 'Protect civilians in El Fasher';
const AMBASSADOR = { firstName: 'Nathalie', lastName: 'Estival-Broadhurst' };
const COUNSELLOR = { firstName: 'Hugo', lastName: 'Delacroix-Moreau' };
const SUBJECT = 'Arms embargo options for Darfur';
const FOLLOW_UP = 'Send the mission our draft resolution language';
const ADVOCATE = { email: 'lina@alliance.test', name: 'Lina Haddad', role: 'ADVOCATE' as const, password: 'an advocate passphrase 2026' };
/** The smallest file a PDF reader (and the API's content check) recognises as a PDF. */
const OPTIONS_PAPER = { name: 'Options paper - Darfur.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

async function institutionId(page: Page, name: string): Promise<string> {
  const { institutions } = await callApi<{ institutions: { edges: { node: { id: string; name: string } }[] } }>(
    page,
    'query ($search: String!) { institutions(filter: { search: $search }) { edges { node { id name } } } }',
    { search: name },
  );
  const found = institutions.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`No institution named ${name}`);
  return found.node.id;
}

/** Picks a record in a type-ahead field by typing part of its name. */
async function pick(page: Page, field: string, typed: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).fill(typed);
  await page.getByRole('option', { name: option }).click();
}

/** The record page's outreach timeline lists the meeting. */
async function expectOnTimeline(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('region', { name: 'Outreach history' }).getByText(SUBJECT).waitFor();
}

describe('Logging a meeting with policymakers, in a real browser', () => {
  const stack = useCoordinatorStack('outreach');

  it('should log a meeting with two diplomats, an options paper and a follow-up task in one form, and show it on every timeline', async () => {
    const { server, browser } = stack;
    const coordinator = await (await newContext(browser)).newPage();
    await signInAsCoordinator(coordinator, server.url);

    // The scene: two diplomats at the French mission, a campaign that targets the ambassador.
    const missionId = await institutionId(coordinator, MISSION);
    const councilId = await institutionId(coordinator, COUNCIL);
    const people: string[] = [];
    for (const [person, title] of [[AMBASSADOR, 'Ambassador, Permanent Representative'], [COUNSELLOR, 'Political Counsellor']] as const) {
      const contactId = await createRecord(coordinator, 'createContact', 'CreateContactInput', person);
      await callApi(coordinator, 'mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', {
        input: { contactId, institutionId: missionId, title, startDate: '2025-09-01' },
      });
      people.push(contactId);
    }
    const campaignId = await createRecord(coordinator, 'createCampaign', 'CreateCampaignInput', { name: CAMPAIGN, status: 'ACTIVE', visibility: 'MEMBERS' });
    await createRecord(coordinator, 'addTarget', 'AddTargetInput', { campaignId, contactId: people[0], priority: 'HIGH', ask: 'Support an arms embargo' });
    const advocate = await inviteAndAccept(stack, coordinator, ADVOCATE);

    // Before the meeting the ambassador has never been reached.
    await advocate.goto(`${server.url}/campaigns/${campaignId}`);
    await advocate.getByRole('heading', { level: 1, name: CAMPAIGN }).waitFor();
    const target = advocate.getByRole('table', { name: 'Targets' }).getByRole('row', { name: new RegExp(fullName(AMBASSADOR)) });
    await target.getByText('Never reached').waitFor();

    // One form, from the campaign page: the campaign is already chosen, the kind is a meeting, the date today.
    await advocate.getByRole('main').getByRole('link', { name: 'Log a meeting' }).first().click();
    await advocate.getByRole('heading', { level: 1, name: 'Log a meeting' }).waitFor();
    await pick(advocate, 'People met', 'Estival', fullName(AMBASSADOR));
    await pick(advocate, 'People met', 'Delacroix', fullName(COUNSELLOR));
    await advocate.getByRole('textbox', { name: 'Subject' }).fill(SUBJECT);
    await advocate.getByRole('textbox', { name: 'Summary' }).fill('Both open to language on an embargo if the African members support it.');

    await advocate.getByRole('button', { name: 'Upload a file' }).click();
    const upload = advocate.getByRole('dialog', { name: 'Upload a file as a document' });
    const chooser = advocate.waitForEvent('filechooser');
    await upload.getByRole('button', { name: 'Choose a file' }).click();
    await (await chooser).setFiles(OPTIONS_PAPER);
    await upload.getByRole('textbox', { name: 'Title' }).fill('Options paper: Darfur');
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.waitFor({ state: 'hidden' });
    await advocate.getByRole('button', { name: 'Options paper: Darfur' }).or(advocate.getByText('Options paper: Darfur')).first().waitFor();

    await advocate.getByRole('button', { name: 'Add a follow-up task' }).click();
    await advocate.getByRole('textbox', { name: 'Task (1)' }).fill(FOLLOW_UP);
    await expectAccessible(advocate);
    await screenshot(advocate, 'log-meeting');
    await advocate.getByRole('button', { name: 'Save' }).click();
    await advocate.getByText('Saved to the outreach history. Follow-up tasks created: 1.').waitFor();
    await advocate.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await advocate.getByRole('link', { name: 'Options paper: Darfur' }).waitFor();
    await expectAccessible(advocate);
    await screenshot(advocate, 'interaction-page');

    // On both people's, the mission's, the Security Council's and the campaign's timelines.
    await expectOnTimeline(advocate, `${server.url}/contacts/${people[0]}`, fullName(AMBASSADOR));
    await expectOnTimeline(advocate, `${server.url}/contacts/${people[1]}`, fullName(COUNSELLOR));
    await expectOnTimeline(advocate, `${server.url}/institutions/${missionId}`, MISSION);
    await expectOnTimeline(advocate, `${server.url}/institutions/${councilId}`, COUNCIL);
    await expectOnTimeline(advocate, `${server.url}/campaigns/${campaignId}`, CAMPAIGN);

    // The ambassador now counts as reached; the follow-up task is the advocate's.
    const reached = advocate.getByRole('table', { name: 'Targets' }).getByRole('row', { name: new RegExp(fullName(AMBASSADOR)) });
    expect(await reached.getByText('Never reached').count()).toBe(0);
    await reached.getByText(String(new Date().getFullYear())).waitFor();
    await expectAccessible(advocate);
    await screenshot(advocate, 'campaign-after-meeting');
    await advocate.goto(`${server.url}/tasks`);
    await advocate.getByRole('table', { name: 'My tasks' }).getByRole('row', { name: new RegExp(FOLLOW_UP) }).waitFor();
  });
});
