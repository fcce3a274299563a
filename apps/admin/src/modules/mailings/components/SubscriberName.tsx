import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { contactName } from '../../relationships/components/ContactAutocomplete';

/** A subscriber's name linked to their page; a deleted contact has no page left to link to. */
export function SubscriberName({ contact }: { contact: { id: string; firstName: string; lastName: string } | null | undefined }) {
  const { t } = useTranslation('mailings');
  if (!contact) return <>{t('subscribers.unknownContact')}</>;
  return (
    <Link component={RouterLink} to={`/contacts/${contact.id}`} sx={{ fontWeight: 600 }}>
      {contactName(contact)}
    </Link>
  );
}
