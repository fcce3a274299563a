import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { InstitutionQuery } from '../../../gql/graphql';
import { RecordLinkList } from '../../../ui/RecordLinkList';
import { usePositionPeriod } from '../hooks/usePositionPeriod';

type InstitutionPosition = NonNullable<InstitutionQuery['institution']>['positions'][number];

/** Who holds a post at the institution today, then who held one before, each linking to their contact page. */
export function InstitutionPeople({ positions }: { positions: readonly InstitutionPosition[] }) {
  const { t } = useTranslation('institutions');
  const period = usePositionPeriod();
  // A position of a deleted contact stays (for a restore) but has nobody to show.
  const links = (current: boolean) =>
    positions.flatMap((position) =>
      position.isCurrent === current && position.contact
        ? [
            {
              key: position.id,
              to: `/contacts/${position.contact.id}`,
              label: `${position.contact.firstName} ${position.contact.lastName}`,
              detail: `${position.title} · ${period(position)}`,
            },
          ]
        : [],
    );
  return (
    <>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {t('page.currentPeople')}
      </Typography>
      <RecordLinkList links={links(true)} emptyText={t('page.currentPeopleEmpty')} />
      <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
        {t('page.pastPeople')}
      </Typography>
      <RecordLinkList links={links(false)} emptyText={t('page.pastPeopleEmpty')} />
    </>
  );
}
