import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { contactName } from '../../relationships/components/ContactAutocomplete';

export interface CommitmentContactNameProps {
  contact: { id: string; firstName: string; lastName: string } | null | undefined;
}

/** Who made a commitment, linked to their page; a deleted person is said to be unknown. */
export function CommitmentContactName({ contact }: CommitmentContactNameProps) {
  const { t } = useTranslation('campaigns');
  if (!contact) return <>{t('commitments.unknownPerson')}</>;
  return (
    <Link component={RouterLink} to={`/contacts/${contact.id}`} sx={{ fontWeight: 600 }}>
      {contactName(contact)}
    </Link>
  );
}
