import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aContact, CONTACT_ID, contactMock, ORGANISATION_ID } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { coalitionTimelineMock, interactionTimelineMock } from '../../interactions/test/interaction-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const otherMember = aUser({ id: 'user-5', name: 'Kofi Mensah', role: 'MEMBER', organisationId: 'another-organisation' });
const staffTimeline = interactionTimelineMock([], { contactId: CONTACT_ID });
const memberTimeline = coalitionTimelineMock([], { contactId: CONTACT_ID });

describe('ContactPage', () => {
  it('should show the emails with the primary one marked, phones, consent and notes', async () => {
    renderApp(`/contacts/${CONTACT_ID}`, { mocks: [meMock(advocate), contactMock(aContact()), staffTimeline] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Niemat Ahmadi' })).toBeInTheDocument();
    const emails = within(screen.getByRole('list', { name: 'Emails' })).getAllByRole('listitem');
    expect(emails.map((email) => email.textContent)).toEqual(['niemat@example.org', 'director@dwag.example.orgPrimary']);
    expect(within(screen.getByRole('list', { name: 'Phones' })).getByRole('link', { name: '+1 202 555 0143' })).toHaveAttribute(
      'href',
      'tel:+12025550143',
    );
    const consent = screen.getByRole('region', { name: 'Consent to email' });
    expect(within(consent).getByText('Granted')).toBeInTheDocument();
    expect(within(consent).getByText('Signed up at the Geneva side event')).toBeInTheDocument();
    expect(within(consent).getByText('Jun 1, 2025')).toBeInTheDocument();
    expect(screen.getByText('Prefers to be contacted through the office.')).toBeInTheDocument();
    const organisations = screen.getByRole('region', { name: 'Organisations' });
    expect(within(organisations).getByRole('link', { name: 'Darfur Women Action Group (DWAG)' })).toHaveAttribute(
      'href',
      `/organisations/${ORGANISATION_ID}`,
    );
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/contacts/${CONTACT_ID}/edit`);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('should say "Not shared with you" for each private detail the API refused, and show the rest', async () => {
    renderApp(`/contacts/${CONTACT_ID}`, { mocks: [meMock(otherMember), contactMock(aContact(), { refused: true }), memberTimeline] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Niemat Ahmadi' })).toBeInTheDocument();
    expect(screen.getAllByText('Not shared with you')).toHaveLength(4);
    for (const region of ['Contact details', 'Consent to email', 'Notes']) {
      expect(within(screen.getByRole('region', { name: region })).getAllByText('Not shared with you').length).toBeGreaterThan(0);
    }
    expect(screen.queryByText('director@dwag.example.org')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Profile' })).getByText('Sudan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Darfur Women Action Group (DWAG)' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('should have headings, named regions and no serious axe violations', async () => {
    renderApp(`/contacts/${CONTACT_ID}`, { mocks: [meMock(otherMember), contactMock(aContact(), { refused: true }), memberTimeline] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Niemat Ahmadi' })).toBeInTheDocument();
    expect(document.title).toBe('Niemat Ahmadi · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
