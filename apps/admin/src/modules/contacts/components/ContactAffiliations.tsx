import { useTranslation } from 'react-i18next';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { RecordLinkList } from '../../../ui/RecordLinkList';
import { organisationLabel } from '../../organisations/components/OrganisationAutocomplete';

/** The organisations the contact belongs to, with their title there, each linking to the organisation. */
export function ContactAffiliations({ affiliations }: { affiliations: ContactFieldsFragment['affiliations'] }) {
  const { t } = useTranslation('contacts');
  // An affiliation with a deleted organisation stays (for a restore) but has nothing to show.
  const links = affiliations.flatMap(({ id, title, organisation }) =>
    organisation
      ? [{ key: id, to: `/organisations/${organisation.id}`, label: organisationLabel(organisation), detail: title ?? t('page.noTitle') }]
      : [],
  );
  return <RecordLinkList links={links} emptyText={t('page.affiliationsEmpty')} />;
}
