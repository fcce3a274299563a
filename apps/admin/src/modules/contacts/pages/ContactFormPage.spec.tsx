import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aContact, countriesMock } from '../../../test/directory-fixtures';
import { aUser, apiError, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CREATE_CONTACT_MUTATION } from '../graphql/create-contact.mutation';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });

type SentEmails = Array<{ address: string; isPrimary: boolean }>;

/** The new-contact page, with the API answering `result` when the form sends these names and addresses only. */
function renderNewContactPage(emails: SentEmails, result: MockLink.MockedResponse['result']) {
  const input = {
    firstName: 'Niemat',
    lastName: 'Ahmadi',
    preferredLanguage: 'en',
    countryCode: null,
    tags: [],
    notes: null,
    emails,
    phones: [],
    emailConsent: { status: 'UNKNOWN', source: null },
    affiliations: [],
  };
  return renderApp('/contacts/new', {
    mocks: [meMock(advocate), countriesMock(), { request: { query: CREATE_CONTACT_MUTATION, variables: { input } }, result }],
  });
}

/** Types the names and the first address, then adds `more` email rows. */
async function fillInNameAndEmail(user: UserEvent, address: string, more: number) {
  await fillIn(user, await screen.findByRole('textbox', { name: /^First name/ }), 'Niemat');
  await fillIn(user, screen.getByRole('textbox', { name: /^Last name/ }), 'Ahmadi');
  await fillIn(user, screen.getByRole('textbox', { name: 'Email 1' }), address);
  for (let row = 0; row < more; row += 1) await user.click(screen.getByRole('button', { name: 'Add an email' }));
}

describe('NewContactPage', () => {
  it('should show a BAD_USER_INPUT for "emails.1.address" under the second email input', async () => {
    const address = 'niemat@example.org';
    const { user, router } = renderNewContactPage(
      [
        { address, isPrimary: true },
        { address, isPrimary: false },
      ],
      {
        errors: [
          apiError('BAD_USER_INPUT', 'emails.1.address: is listed twice', {
            field: 'emails.1.address',
            fields: [{ field: 'emails.1.address', message: 'is listed twice' }],
          }),
        ],
      },
    );

    await fillInNameAndEmail(user, address, 1);
    await fillIn(user, screen.getByRole('textbox', { name: 'Email 2' }), address);
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    const second = screen.getByRole('textbox', { name: 'Email 2' });
    await waitFor(() => expect(second).toBeInvalid());
    expect(second).toHaveAccessibleDescription('Is listed twice');
    expect(screen.getByRole('textbox', { name: 'Email 1' })).toBeValid();
    expect(router.state.location.pathname).toBe('/contacts/new');
  });

  it('should skip empty email rows, yet show the error under the row the API means', async () => {
    const { user } = renderNewContactPage(
      [
        { address: 'niemat@example.org', isPrimary: true },
        { address: 'niemat@', isPrimary: false },
      ],
      { errors: [apiError('BAD_USER_INPUT', 'emails.1.address: must be an email address, e.g. name@example.org', { field: 'emails.1.address' })] },
    );

    await fillInNameAndEmail(user, 'niemat@example.org', 2);
    await fillIn(user, screen.getByRole('textbox', { name: 'Email 3' }), 'niemat@');
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    const third = screen.getByRole('textbox', { name: 'Email 3' });
    await waitFor(() => expect(third).toHaveAccessibleDescription('Must be an email address, e.g. name@example.org'));
    expect(screen.getByRole('textbox', { name: 'Email 2' })).toBeValid();
  });

  it('should create the contact with its emails and the chosen primary one, then open their page', async () => {
    const create = vi.fn(() => ({ data: { createContact: aContact({ id: 'contact-new' }) } }));
    const { user, router } = renderNewContactPage(
      [
        { address: 'niemat@example.org', isPrimary: false },
        { address: 'director@dwag.example.org', isPrimary: true },
      ],
      create,
    );

    await fillInNameAndEmail(user, 'niemat@example.org', 1);
    await fillIn(user, screen.getByRole('textbox', { name: 'Email 2' }), 'director@dwag.example.org');
    const emails = screen.getByRole('group', { name: 'Emails' });
    await user.click(within(emails).getByRole('radio', { name: /^Primary.*email 2\)$/ }));
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/contacts/contact-new'));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('should label every field, group the repeated ones and have no serious axe violations', async () => {
    renderApp('/contacts/new', { mocks: [meMock(advocate), countriesMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'New contact' })).toBeInTheDocument();
    for (const group of ['Emails', 'Phones', 'Organisations', 'Consent to email']) {
      expect(screen.getByRole('group', { name: group })).toBeInTheDocument();
    }
    expect(document.title).toBe('New contact · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
