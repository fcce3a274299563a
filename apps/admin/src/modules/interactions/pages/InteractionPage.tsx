import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
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
  InteractionDocumentsSection,
  InteractionFollowUpsSection,
  InteractionMetSection,
  InteractionNotesSection,
  InteractionOurSideSection,
} from '../components/InteractionSections';
import { useInteraction } from '../hooks/useInteraction';
import { isStaff, type PageInteraction } from '../interactionOptions';
import { campaignPath, contactPath, scopeFromSearch, type InteractionBackState, type InteractionScope } from '../interactionPaths';

/**
 * The history the page was opened from: the link's state (a timeline, the form), or the address of an older link
 * (`?contactId=`...). Kept from the first render, as the notice sent along is taken out of the history entry.
 */
function useOpenedFrom(): InteractionScope {
  const location = useLocation();
  const [scope] = useState<InteractionScope>(
    () => (location.state as InteractionBackState | null)?.from ?? scopeFromSearch(new URLSearchParams(location.search)),
  );
  return scope;
}

/** Back to the record the interaction was opened from (its history), or to the dashboard. */
function useWayBack(interaction: PageInteraction | undefined, scope: InteractionScope) {
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
  if (scope.campaignId) {
    const campaign = interaction?.campaign?.id === scope.campaignId ? interaction.campaign : null;
    return { to: campaignPath(scope.campaignId), label: campaign?.name ?? t('common:actions.back') };
  }
  return { to: '/', label: t('page.back') };
}

/**
 * One interaction: what, when, with whom, our side, the campaign, the documents handed over and who may read it; the
 * follow-up tasks the reader may see; for staff the notes and commitments. Members see coalition-level interactions
 * without the notes.
 */
export function InteractionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('interactions');
  const staff = isStaff(useCurrentUser());
  const [notice, setNotice] = useNotice();
  const { interaction, loading, error, retry } = useInteraction(id);
  const back = useWayBack(interaction, useOpenedFrom());

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
                value: interaction.campaign ? (
                  <Link component={RouterLink} to={campaignPath(interaction.campaign.id)} sx={{ fontWeight: 600 }}>
                    {interaction.campaign.name}
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
        <InteractionOurSideSection interaction={interaction} staff={staff} />
        <InteractionDocumentsSection interaction={interaction} />
        <InteractionNotesSection interaction={interaction} staff={staff} />
        {staff ? <InteractionCommitmentsSection interaction={interaction} /> : null}
        <InteractionFollowUpsSection interaction={interaction} />
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
