import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { COMMITMENT_CONTACT_NAME_QUERY } from '../graphql/commitment-contact-name.query';
import { contactName } from '../../relationships/components/ContactAutocomplete';

/** Who made a commitment, linked to their page (a commitment knows only their id: the name is asked for, once). */
export function CommitmentContactName({ contactId }: { contactId: string | null }) {
  const { t } = useTranslation(['campaigns', 'common']);
  const { data, loading } = useQuery(COMMITMENT_CONTACT_NAME_QUERY, { variables: { id: contactId ?? '' }, skip: !contactId });
  const contact = data?.contact;
  if (contact) {
    return (
      <Link component={RouterLink} to={`/contacts/${contact.id}`} sx={{ fontWeight: 600 }}>
        {contactName(contact)}
      </Link>
    );
  }
  return <>{loading ? t('common:loading') : t('commitments.unknownPerson')}</>;
}
