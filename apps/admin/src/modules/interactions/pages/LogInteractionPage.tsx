import type { Language } from '@alliance/domain';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { InteractionRecordFieldsFragment } from '../../../gql/graphql';
import { BackLink } from '../../../ui/BackLink';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import type { NoticeState } from '../../../ui/useNotice';
import { institutionLabel, institutionPath } from '../../institutions/institutionNames';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import { LogInteractionForm, type LogInteractionPrefill } from '../components/LogInteractionForm';
import { LOG_INTERACTION_MUTATION } from '../graphql/log-interaction.mutation';
import { useLogInteractionPrefill } from '../hooks/useLogInteractionPrefill';
import { campaignPath, contactPath, interactionPath, scopeFromSearch, type InteractionBackState, type InteractionScope } from '../interactionPaths';

/** The record the form was opened from, to go back to (or nothing: it was opened from the navigation). */
function recordBack(prefill: LogInteractionPrefill, language: Language): { to: string; label: string } | null {
  const [contact] = prefill.contacts;
  if (contact) return { to: contactPath(contact.id), label: contactName(contact) };
  const [institution] = prefill.institutions;
  if (institution) return { to: institutionPath(institution.id), label: institutionLabel(institution, language) };
  return prefill.campaign ? { to: campaignPath(prefill.campaign.id), label: prefill.campaign.name } : null;
}

/** Which record the saved interaction's page leads back to: the one it was logged for, else one it names. */
function scopeOf(saved: InteractionRecordFieldsFragment, loggedFor: InteractionScope): InteractionScope {
  if (Object.keys(loggedFor).length > 0) return loggedFor;
  const [contact] = saved.contacts;
  if (contact) return { contactId: contact.id };
  const [institution] = saved.institutions;
  if (institution) return { institutionId: institution.id };
  return saved.campaignId ? { campaignId: saved.campaignId } : {};
}

/** Staff (the route checks the role): logs a meeting, call or letter, prefilled from the record it was opened from. */
export function LogInteractionPage() {
  const { t, i18n } = useTranslation('interactions');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const loggedFor = scopeFromSearch(params);
  const { loading, prefill } = useLogInteractionPrefill(loggedFor);
  const [logInteraction, { loading: saving }] = useMutation(LOG_INTERACTION_MUTATION);
  const back = loading ? null : recordBack(prefill, currentLanguage(i18n));

  return (
    <>
      {back ? <BackLink to={back.to} label={back.label} /> : null}
      <PageHeader title={t('log.title')} intro={t('log.intro')} />
      {loading ? (
        <LoadingState />
      ) : (
        <LogInteractionForm
          prefill={prefill}
          submitting={saving}
          cancelTo={back?.to ?? '/'}
          save={async (input) => {
            const { data } = await logInteraction({ variables: { input } });
            if (!data) return;
            const tasks = input.followUpTasks?.length ?? 0;
            const text = tasks > 0 ? t('log.doneWithTasks', { number: tasks }) : t('log.done');
            void navigate(interactionPath(data.logInteraction.id), {
              state: { notice: { severity: 'success', text }, from: scopeOf(data.logInteraction, loggedFor) } satisfies NoticeState & InteractionBackState,
            });
          }}
        />
      )}
    </>
  );
}
