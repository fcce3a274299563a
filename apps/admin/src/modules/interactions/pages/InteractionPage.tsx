import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { BackLink } from '../../../ui/BackLink';
import { DetailList } from '../../../ui/DetailList';
import { formatDate, formatDateTime } from '../../../ui/formatDateTime';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { RecordUnavailable } from '../../../ui/RecordUnavailable';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { institutionLabel, institutionPath } from '../../institutions/institutionNames';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import {
  InteractionCommitmentsSection,
  InteractionFollowUpsSection,
  InteractionMetSection,
  InteractionNotesSection,
  InteractionOurSideSection,
} from '../components/InteractionSections';
import { INTERACTION_CAMPAIGN_NAME_QUERY } from '../graphql/interaction-campaign-name.query';
import { useInteractionRecord } from '../hooks/useInteractionRecord';
import { isStaff, type ShownInteraction } from '../interactionOptions';
import { campaignPath, contactPath, scopeFromSearch, type InteractionScope } from '../interactionPaths';

/** Back to the record the interaction was opened from (its history), or to the dashboard. */
function useWayBack(interaction: ShownInteraction | undefined, scope: InteractionScope, campaignName: string | undefined) {
  const { t, i18n } = useTranslation(['interactions', 'common']);
  const language = currentLanguage(i18n);
  if (scope.contactId) {
    const contact = interaction?.contacts.find((person) => person.id === scope.contactId);
    return { to: contactPath(scope.contactId), label: contact ? contactName(contact) : t('common:actions.back') };
  }
  if (scope.institutionId) {
    const institution = interaction?.institutions.find((body) => body.id === scope.institutionId);
    return { to: institutionPath(scope.institutionId), label: institution ? institutionLabel(institution, language) : t('common:actions.back') };
  }
  if (scope.campaignId) return { to: campaignPath(scope.campaignId), label: campaignName ?? t('common:actions.back') };
  return { to: '/', label: t('page.back') };
}

/**
 * One interaction: what, when, with whom, our side, the campaign and who may read it; for staff the notes,
 * commitments and where the follow-up tasks are. Members see coalition-level interactions without the notes.
 */
export function InteractionPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const scope = scopeFromSearch(params);
  const { t, i18n } = useTranslation('interactions');
  const staff = isStaff(useCurrentUser());
  const [notice, setNotice] = useNotice();
  const { interaction, loading, error, retry } = useInteractionRecord(id, scope);
  const campaignId = interaction?.campaignId ?? scope.campaignId ?? null;
  const campaign = useQuery(INTERACTION_CAMPAIGN_NAME_QUERY, { variables: { id: campaignId ?? '' }, skip: !campaignId });
  const campaignName = campaign.data?.campaign?.name;
  const back = useWayBack(interaction, scope, campaignName);

  if (!interaction) {
    return (
      <RecordUnavailable
        loading={loading}
        error={error}
        onRetry={retry}
        notFoundTitle={t('page.notFoundTitle')}
        notFoundBody={t('page.notFoundBody')}
        back={back}
      />
    );
  }

  const kind = t(`kinds.${interaction.kind}`);
  const title = interaction.subject || t('page.untitled', { kind, date: formatDate(interaction.occurredAt, i18n.language) });
  const when = formatDateTime(interaction.occurredAt, i18n.language);

  return (
    <>
      <BackLink to={back.to} label={back.label} />
      <PageHeader title={title} intro={`${kind} · ${when}`} />
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        <RecordSection title={t('page.details')}>
          <DetailList
            details={[
              { label: t('page.kind'), value: kind },
              { label: t('page.occurredAt'), value: <time dateTime={interaction.occurredAt}>{when}</time> },
              {
                label: t('page.campaign'),
                value:
                  interaction.campaignId && campaignName ? (
                    <Link component={RouterLink} to={campaignPath(interaction.campaignId)} sx={{ fontWeight: 600 }}>
                      {campaignName}
                    </Link>
                  ) : null,
              },
              {
                label: t('page.confidentiality'),
                value: `${t(`confidentiality.${interaction.confidentiality}`)} — ${t(`confidentialityHelp.${interaction.confidentiality}`)}`,
              },
            ]}
          />
        </RecordSection>
        <InteractionMetSection interaction={interaction} />
        <InteractionOurSideSection interaction={interaction} />
        <InteractionNotesSection interaction={interaction} staff={staff} />
        {staff ? <InteractionCommitmentsSection interaction={interaction} /> : null}
        {staff ? <InteractionFollowUpsSection interaction={interaction} /> : null}
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
