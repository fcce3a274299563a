import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ContactPrivateFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { formatDate } from '../../../ui/formatDateTime';
import { PrivateDetail } from './PrivateDetail';

/** Which private details the API refused: "emails", "phones", "notes", "emailConsent". */
export type RefusedDetails = ReadonlySet<keyof ContactPrivateFieldsFragment>;

function Empty({ text }: { text: string }) {
  return <Typography color="text.secondary">{text}</Typography>;
}

/** Emails (the primary one marked) and phones. */
export function ContactChannels({ contact, refused }: { contact: ContactPrivateFieldsFragment; refused: RefusedDetails }) {
  const { t } = useTranslation('contacts');
  const emails = contact.emails ?? [];
  const phones = contact.phones ?? [];
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h3" sx={{ mb: 1 }}>
          {t('page.emails')}
        </Typography>
        <PrivateDetail refused={refused.has('emails')}>
          {emails.length === 0 ? (
            <Empty text={t('page.emailsEmpty')} />
          ) : (
            <List disablePadding aria-label={t('page.emails')}>
              {emails.map((email) => (
                <ListItem key={email.address} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
                  <Link href={`mailto:${email.address}`} sx={{ overflowWrap: 'anywhere' }}>
                    {email.address}
                  </Link>
                  {email.isPrimary ? <Chip size="small" color="primary" variant="outlined" label={t('page.primary')} /> : null}
                </ListItem>
              ))}
            </List>
          )}
        </PrivateDetail>
      </div>
      <div>
        <Typography variant="h3" sx={{ mb: 1 }}>
          {t('page.phones')}
        </Typography>
        <PrivateDetail refused={refused.has('phones')}>
          {phones.length === 0 ? (
            <Empty text={t('page.phonesEmpty')} />
          ) : (
            <List disablePadding aria-label={t('page.phones')}>
              {phones.map((phone, index) => (
                <ListItem key={`${phone.number}-${index}`} disableGutters>
                  <ListItemText
                    primary={<Link href={`tel:${phone.number.replace(/[^+\d]/g, '')}`}>{phone.number}</Link>}
                    secondary={phone.label}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </PrivateDetail>
      </div>
    </Stack>
  );
}

/** Whether the contact may be emailed: status, where consent was given, when it was recorded. */
export function ContactConsent({ contact, refused }: { contact: ContactPrivateFieldsFragment; refused: RefusedDetails }) {
  const { t, i18n } = useTranslation('contacts');
  const consent = contact.emailConsent;
  return (
    <PrivateDetail refused={refused.has('emailConsent')}>
      <DetailList
        details={[
          { label: t('page.consentStatus'), value: t(`consentStatuses.${consent?.status ?? 'UNKNOWN'}`) },
          { label: t('page.consentSource'), value: consent?.source },
          {
            label: t('page.consentRecordedAt'),
            value: consent?.recordedAt ? (
              <time dateTime={consent.recordedAt}>{formatDate(consent.recordedAt, i18n.language)}</time>
            ) : null,
          },
        ]}
      />
    </PrivateDetail>
  );
}

export function ContactNotes({ contact, refused }: { contact: ContactPrivateFieldsFragment; refused: RefusedDetails }) {
  const { t } = useTranslation('contacts');
  return (
    <PrivateDetail refused={refused.has('notes')}>
      {contact.notes ? <Typography sx={{ whiteSpace: 'pre-line' }}>{contact.notes}</Typography> : <Empty text={t('page.notesEmpty')} />}
    </PrivateDetail>
  );
}
