import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { ParticipationRole } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { useRequiredChoice } from '../../../ui/useRequiredChoice';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { PARTICIPATION_ROLES } from '../campaignOptions';
import { SET_PARTICIPATION_MUTATION } from '../graphql/set-participation.mutation';
import { forgetParticipations } from '../hooks/useCampaignMembership';

const FIELDS = ['organisationId', 'role'] as const;

export interface ParticipationDialogProps {
  campaign: { id: string; name: string };
  /** The organisation whose role changes; none to add one. */
  participant?: { organisation: OrganisationOption; role: ParticipationRole };
  onClose: () => void;
  /** Says what was done. */
  onSaved: (text: string) => void;
}

/** Coordinators: adds an organisation to the campaign as lead, partner or supporter, or changes its role. */
export function ParticipationDialog({ campaign, participant, onClose, onSaved }: ParticipationDialogProps) {
  const { t } = useTranslation('campaigns');
  const organisation = useRequiredChoice<OrganisationOption>();
  const [role, setRole] = useState<ParticipationRole>(participant?.role ?? 'SUPPORTER');
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [setParticipation, { loading }] = useMutation(SET_PARTICIPATION_MUTATION, {
    update: (cache) => forgetParticipations(cache, campaign.id),
  });

  async function submit() {
    const chosen = participant?.organisation ?? organisation.require();
    if (!chosen) {
      clear();
      return;
    }
    const problem = await attempt(() =>
      setParticipation({ variables: { input: { campaignId: campaign.id, organisationId: chosen.id, role } } }),
    );
    if (problem === null) onSaved(t('participationDialog.done', { organisation: chosen.name, role: t(`roles.${role}`) }));
  }

  return (
    <FormDialog
      title={
        participant
          ? t('participationDialog.changeTitle', { organisation: participant.organisation.name })
          : t('participationDialog.addTitle', { name: campaign.name })
      }
      intro={t('participationDialog.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={participant ? t('participationDialog.change') : t('participationDialog.add')}
      submittingLabel={t('participationDialog.saving')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {participant ? null : (
        <OrganisationAutocomplete
          label={t('participationDialog.organisation')}
          required
          value={organisation.value}
          onChange={organisation.choose}
          error={organisation.missing ? t('participationDialog.organisationRequired') : fieldErrors.organisationId}
        />
      )}
      <OptionSelectField
        label={t('participationDialog.role')}
        required
        value={role}
        options={PARTICIPATION_ROLES}
        optionLabel={(option) => t(`roles.${option}`)}
        onChange={setRole}
        error={fieldErrors.role}
      />
    </FormDialog>
  );
}
