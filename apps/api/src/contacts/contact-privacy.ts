import { Role } from '@alliance/domain';
import { SignedInUser } from '../core/auth/request-auth';
import { forbidden } from '../core/graphql/errors';
import { RequestLoaders } from '../core/graphql/request-loaders';
import { ContactsLoaders } from './contacts.loaders';

/**
 * Emails, phones, notes and consent of a contact: staff see them; a member representative only for
 * people affiliated with their own organisation. Refused field by field, so the rest of a page still loads.
 */
export async function assertMaySeePrivateDetails(
  viewer: SignedInUser | null,
  contactId: string,
  loaders: RequestLoaders,
  contactsLoaders: ContactsLoaders,
): Promise<void> {
  if (!viewer) throw forbidden();
  if (viewer.role !== Role.MEMBER) return;
  const affiliations = await loaders.of(contactsLoaders).affiliationsOfContact.load(contactId);
  if (!viewer.organisationId || !affiliations.some((affiliation) => affiliation.organisationId === viewer.organisationId)) {
    throw forbidden("Contact details are shared only with the contact's own organisation.");
  }
}
