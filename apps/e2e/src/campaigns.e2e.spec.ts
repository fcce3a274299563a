import { Locator, Page } from 'playwright-core';
import { createRecord } from './support/api';
import { expectAccessible, newContext, screenshot } from './support/browser';
import { inviteAndAccept, mainNavigation, signInAsCoordinator, useCoordinatorStack } from './support/coordinator-stack';

const ORGANISATION = 'Protection Network Kivu';
const CAMPAIGN = 'No arms for atrocities';
const TASK = 'Collect signatures for the joint letter';
const MEMBER = { email: 'amani@protection-kivu.test', name: 'Amani Bahati', role: 'MEMBER' as const, password: 'a member passphrase 2026' };

/** Drags with the mouse in small steps, as a person would (the board starts a drag only once the pointer has moved). */
async function dragTo(page: Page, handle: Locator, target: Locator): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Cannot drag: the card or the column is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 120), { steps: 20 });
  await page.mouse.up();
}

describe('A member organisation joining a campaign and doing its task, in a real browser', () => {
  const stack = useCoordinatorStack('campaigns');

  it('should let a member join an open campaign and move their task to done on the board, and the coordinator see both', async () => {
    const { server, browser } = stack;
    const coordinator = await (await newContext(browser)).newPage();
    await signInAsCoordinator(coordinator, server.url);

    // The scene: a member organisation, a campaign open to members and a task for that organisation.
    const organisationId = await createRecord(coordinator, 'createOrganisation', 'CreateOrganisationInput', { name: ORGANISATION, type: 'NGO', membershipStatus: 'ACTIVE' });
    const campaignId = await createRecord(coordinator, 'createCampaign', 'CreateCampaignInput', {
      name: CAMPAIGN,
      objective: 'Stop arms transfers to parties credibly accused of atrocity crimes.',
      status: 'ACTIVE',
      visibility: 'MEMBERS',
    });
    const member = await inviteAndAccept(stack, coordinator, { ...MEMBER, organisationId });
    await createRecord(coordinator, 'createTask', 'CreateTaskInput', { title: TASK, campaignId, assigneeOrganisationId: organisationId });

    // The member finds the campaign among those open to members and joins it.
    await mainNavigation(member).getByRole('link', { name: 'Campaigns' }).click();
    await member.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    const row = member.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: new RegExp(CAMPAIGN) });
    await row.getByText('Not taking part').waitFor();
    await expectAccessible(member);
    await row.getByRole('button', { name: `Join ${CAMPAIGN}` }).click();
    await member.getByText(`Your organisation joined ${CAMPAIGN}.`).waitFor();
    await row.getByText('Taking part as Supporter').waitFor();
    await screenshot(member, 'member-joined-campaign');

    // Their organisation's task is in "My tasks"; its board shows it under "To do".
    await mainNavigation(member).getByRole('link', { name: 'My tasks' }).click();
    await member.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    const taskRow = member.getByRole('table', { name: 'My tasks' }).getByRole('row', { name: new RegExp(TASK) });
    await taskRow.waitFor();
    await expectAccessible(member);
    await taskRow.getByRole('link', { name: new RegExp('board', 'i') }).click();
    await member.getByRole('heading', { level: 1, name: `${CAMPAIGN}: task board` }).waitFor();
    const toDo = member.getByRole('region', { name: /^To do/ });
    const done = member.getByRole('region', { name: /^Done/ });
    await toDo.getByText(TASK).waitFor();
    await expectAccessible(member);

    // Dragged with the mouse into "Done".
    await dragTo(member, toDo.getByRole('button', { name: `Drag ${TASK}` }), done);
    await member.getByText(`“${TASK}” moved to Done.`).waitFor();
    await done.getByText(TASK).waitFor();
    expect(await toDo.getByText(TASK).count()).toBe(0);
    await screenshot(member, 'member-task-board');

    // The coordinator sees who joined and when, and that the task is done.
    await coordinator.goto(`${server.url}/campaigns/${campaignId}`);
    await coordinator.getByRole('heading', { level: 1, name: CAMPAIGN }).waitFor();
    const participants = coordinator.getByRole('table', { name: 'Organisations taking part' });
    const participation = participants.getByRole('row', { name: new RegExp(ORGANISATION) });
    await participation.getByText('Supporter').waitFor();
    await participation.getByText(String(new Date().getFullYear())).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'campaign-page');
    await coordinator.getByRole('link', { name: 'Task board' }).click();
    await coordinator.getByRole('region', { name: /^Done/ }).getByText(TASK).waitFor();
  });
});
