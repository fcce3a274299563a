import { useTranslation } from 'react-i18next';
import type { OrganisationQuery } from '../../../gql/graphql';
import { RecordLinkList } from '../../../ui/RecordLinkList';

type Affiliation = NonNullable<OrganisationQuery['organisation']>['affiliations'][number];

/** The people affiliated with the organisation, each linking to their contact page. */
export function OrganisationPeople({ affiliations }: { affiliations: readonly Affiliation[] }) {
  const { t } = useTranslation('organisations');
  // A deleted contact's affiliation stays (for a restore) but has no contact to show.
  const links = affiliations.flatMap(({ id, title, contact }) =>
    contact
      ? [{ key: id, to: `/contacts/${contact.id}`, label: `${contact.firstName} ${contact.lastName}`, detail: title ?? t('page.noTitle') }]
      : [],
  );
  return <RecordLinkList links={links} emptyText={t('page.peopleEmpty')} />;
}
