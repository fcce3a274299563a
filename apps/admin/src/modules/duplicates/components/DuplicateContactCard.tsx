import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { DuplicateContactFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { countryName } from '../../countries/countryName';

export const personName = (contact: Pick<DuplicateContactFieldsFragment, 'firstName' | 'lastName'>) =>
  `${contact.firstName} ${contact.lastName}`;

/** One side of a likely duplicate: what tells it apart from the other. */
export function DuplicateContactCard({ contact }: { contact: DuplicateContactFieldsFragment }) {
  const { t, i18n } = useTranslation('duplicates');
  const language = currentLanguage(i18n);
  const organisations = contact.affiliations.flatMap(({ id, title, organisation }) =>
    organisation ? [{ id, text: title ? t('card.titleAt', { title, organisation: organisation.name }) : organisation.name }] : [],
  );
  return (
    <Stack spacing={1.5} sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="h3" component="p">
        <Link component={RouterLink} to={`/contacts/${contact.id}`}>
          {personName(contact)}
        </Link>
      </Typography>
      <DetailList
        details={[
          { label: t('card.country'), value: contact.country ? countryName(contact.country, language) : null },
          { label: t('card.organisations'), value: organisations.map((organisation) => organisation.text).join('; ') },
          { label: t('card.emails'), value: (contact.emails ?? []).map((email) => email.address).join(', ') },
        ]}
      />
    </Stack>
  );
}
