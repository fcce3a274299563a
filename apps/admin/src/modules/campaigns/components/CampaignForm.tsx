import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { CampaignFieldsFragment, CampaignStatus, CampaignVisibility } from '../../../gql/graphql';
import { DateRangeFields } from '../../../ui/DateField';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { RecordForm } from '../../../ui/RecordForm';
import { RepeatableFieldset } from '../../../ui/RepeatableFieldset';
import { useRowList } from '../../../ui/useRowList';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { CAMPAIGN_STATUSES, CAMPAIGN_VISIBILITIES } from '../campaignOptions';

const FIELDS = ['name', 'objective', 'asks', 'status', 'visibility', 'startDate', 'endDate', 'leadOrganisationId'] as const;

/** A campaign as the API takes it: optional text left empty is null (it clears the field on update). */
export interface CampaignInputValues {
  name: string;
  objective: string | null;
  asks: string[];
  status: CampaignStatus;
  visibility: CampaignVisibility;
  startDate: string | null;
  endDate: string | null;
  leadOrganisationId: string | null;
}

export interface CampaignFormProps {
  /** The campaign edited; none for a new one. */
  campaign?: CampaignFieldsFragment;
  /** Saves and goes on (to the campaign); throws the API's error, shown under the fields it names. */
  save: (input: CampaignInputValues) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

interface AskRow {
  text: string;
}

const orNull = (text: string) => text.trim() || null;

/** Creates or edits a campaign: name, objective, asks, status, dates, who sees it and the lead organisation. */
export function CampaignForm({ campaign, save, submitting, cancelTo }: CampaignFormProps) {
  const { t } = useTranslation('campaigns');
  const [name, setName] = useState(campaign?.name ?? '');
  const [objective, setObjective] = useState(campaign?.objective ?? '');
  const asks = useRowList<AskRow>(() => (campaign ? campaign.asks.map((text) => ({ text })) : [{ text: '' }]));
  const [status, setStatus] = useState<CampaignStatus>(campaign?.status ?? 'DRAFT');
  const [visibility, setVisibility] = useState<CampaignVisibility>(campaign?.visibility ?? 'INTERNAL');
  const [startDate, setStartDate] = useState(campaign?.startDate ?? '');
  const [endDate, setEndDate] = useState(campaign?.endDate ?? '');
  const [lead, setLead] = useState<OrganisationOption | null>(campaign?.leadOrganisation ?? null);
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const isNew = !campaign;

  function submit() {
    void attempt(() =>
      save({
        name: name.trim(),
        objective: orNull(objective),
        // Rows left empty are not asks.
        asks: asks.values.map((ask) => ask.text.trim()).filter((text) => text.length > 0),
        status,
        visibility,
        startDate: startDate || null,
        endDate: endDate || null,
        leadOrganisationId: lead?.id ?? null,
      }),
    );
  }

  return (
    <RecordForm
      alert={alert}
      submitting={submitting}
      submitLabel={isNew ? t('form.create') : t('form.save')}
      submittingLabel={isNew ? t('form.creating') : t('form.saving')}
      onSubmit={submit}
      cancelTo={cancelTo}
    >
      <FormTextField label={t('form.name')} required autoFocus value={name} onChange={setName} error={fieldErrors.name} />
      <FormTextField
        label={t('form.objective')}
        multiline
        minRows={3}
        value={objective}
        onChange={setObjective}
        error={fieldErrors.objective}
        helperText={t('form.objectiveHelp')}
      />
      <RepeatableFieldset
        legend={t('form.asks')}
        list={asks}
        blank={() => ({ text: '' })}
        addLabel={t('form.addAsk')}
        removeLabel={(index) => t('form.removeAsk', { number: index + 1 })}
        emptyText={t('form.asksEmpty')}
        error={fieldErrors.asks}
        renderRow={(ask, index) => (
          <FormTextField
            label={t('form.ask', { number: index + 1 })}
            value={ask.text}
            onChange={(text) => asks.change(index, { text })}
            sx={{ flex: 1 }}
          />
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <OptionSelectField
          label={t('form.status')}
          required
          value={status}
          options={CAMPAIGN_STATUSES}
          optionLabel={(option) => t(`statuses.${option}`)}
          onChange={setStatus}
          error={fieldErrors.status}
          helperText={t('form.statusHelp')}
          sx={{ flex: 1 }}
        />
        <OptionSelectField
          label={t('form.visibility')}
          required
          value={visibility}
          options={CAMPAIGN_VISIBILITIES}
          optionLabel={(option) => t(`visibilities.${option}`)}
          onChange={setVisibility}
          error={fieldErrors.visibility}
          helperText={t('form.visibilityHelp')}
          sx={{ flex: 1 }}
        />
      </Stack>
      <DateRangeFields
        start={{ label: t('form.startDate'), value: startDate, onChange: setStartDate, error: fieldErrors.startDate }}
        end={{ label: t('form.endDate'), value: endDate, onChange: setEndDate, error: fieldErrors.endDate }}
      />
      <OrganisationAutocomplete
        label={t('form.lead')}
        value={lead}
        onChange={setLead}
        error={fieldErrors.leadOrganisationId}
        helperText={t('form.leadHelp')}
      />
    </RecordForm>
  );
}
