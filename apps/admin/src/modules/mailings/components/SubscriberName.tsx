import Link from '@mui/material/Link';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import { SUBSCRIBER_CONTACT_QUERY } from '../graphql/subscriber-contact.query';

/** A subscriber's name linked to their page (a subscription names its contact by id only). */
export function SubscriberName({ contactId }: { contactId: string }) {
  const { t } = useTranslation('mailings');
  const { data, loading } = useQuery(SUBSCRIBER_CONTACT_QUERY, { variables: { id: contactId } });
  const contact = data?.contact;
  if (!contact) return <>{loading ? t('subscribers.loadingName') : t('subscribers.unknownContact')}</>;
  return (
    <Link component={RouterLink} to={`/contacts/${contact.id}`} sx={{ fontWeight: 600 }}>
      {contactName(contact)}
    </Link>
  );
}
