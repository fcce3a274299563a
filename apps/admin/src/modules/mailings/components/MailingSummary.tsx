import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { MailingFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { formatDateTime } from '../../../ui/formatDateTime';
import type { MailingNames } from '../hooks/useMailingNames';
import { audiencePath, mailingListPath } from '../mailingOptions';

/** What a mailing is: its list, audience, campaign, languages, tracking and when things happened. */
export function MailingSummary({ mailing, names }: { mailing: MailingFieldsFragment; names: MailingNames }) {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, language) : null);
  const english = mailing.translations.find((translation) => translation.language === 'EN');
  return (
    <DetailList
      details={[
        { label: t('summary.subject'), value: english?.subject ?? null },
        {
          label: t('summary.list'),
          value: names.list ? (
            <Link component={RouterLink} to={mailingListPath(names.list.id)}>
              {names.list.name}
            </Link>
          ) : null,
        },
        {
          label: t('summary.audience'),
          value: names.audience ? (
            <Link component={RouterLink} to={audiencePath(names.audience.id)}>
              {names.audience.name}
            </Link>
          ) : null,
        },
        {
          label: t('summary.campaign'),
          value: names.campaign ? (
            <Link component={RouterLink} to={`/campaigns/${names.campaign.id}`}>
              {names.campaign.name}
            </Link>
          ) : null,
        },
        { label: t('summary.languages'), value: mailing.translations.map((translation) => t(`common:languages.${translation.language}`)).join(', ') },
        { label: t('summary.tracking'), value: mailing.trackingEnabled ? t('summary.trackingOn') : t('summary.trackingOff') },
        { label: t('summary.created'), value: when(mailing.createdAt) },
        { label: t('summary.scheduled'), value: when(mailing.scheduledAt) },
        { label: t('summary.started'), value: when(mailing.startedAt) },
        { label: t('summary.finished'), value: when(mailing.finishedAt) },
      ]}
    />
  );
}
