import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChipListField } from '../../../../ui/ChipListField';
import { OptionSelectField } from '../../../../ui/OptionSelectField';
import { INSTITUTION_KINDS } from '../../../institutions/institutionNames';
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '../../../organisations/organisationOptions';
import { AUDIENCE_LANGUAGES, AUDIENCE_LEAF_KINDS, type AudienceLeaf, type AudienceProblem } from '../../audienceTree';
import { CampaignsMultiPicker, CountriesMultiPicker, InstitutionsMultiPicker, MailingListsMultiPicker } from '../MailingPickers';
import type { Language } from '../../../../gql/graphql';

export interface AudienceRuleEditorProps {
  rule: AudienceLeaf;
  /** "Rule 2.1": where it is in the tree, for headings and the names of its controls. */
  name: string;
  problem: AudienceProblem | undefined;
  onChange: (rule: AudienceLeaf) => void;
  onRemove: () => void;
}

/** One rule of an audience: its kind, the NOT switch, and the choices of its kind. */
export function AudienceRuleEditor({ rule, name, problem, onChange, onRemove }: AudienceRuleEditorProps) {
  const { t } = useTranslation(['mailings', 'organisations', 'institutions', 'common']);
  const problemId = useId();
  const change = (changes: Partial<AudienceLeaf>) => onChange({ ...rule, ...changes });

  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={name}
      aria-describedby={problem ? problemId : undefined}
      sx={{ p: 2, borderLeftWidth: 4, borderLeftColor: rule.negated ? 'error.main' : 'primary.main' }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <OptionSelectField
          label={t('audience.kind', { name })}
          value={rule.kind}
          options={AUDIENCE_LEAF_KINDS}
          optionLabel={(kind) => t(`audience.kinds.${kind}`)}
          onChange={(kind) => change({ kind })}
          sx={{ flex: 1, minWidth: 220 }}
        />
        <FormControlLabel
          control={<Switch checked={rule.negated} onChange={(event) => change({ negated: event.target.checked })} />}
          label={t('audience.not')}
        />
        <IconButton aria-label={t('audience.removeRule', { name })} onClick={onRemove}>
          <DeleteOutlined aria-hidden />
        </IconButton>
      </Stack>
      <Stack spacing={2}>
        <RuleChoices rule={rule} change={change} />
      </Stack>
      {problem ? (
        <FormHelperText id={problemId} error sx={{ mt: 1 }}>
          {t(`audience.problems.${problem}`)}
        </FormHelperText>
      ) : null}
    </Paper>
  );
}

interface RuleChoicesProps {
  rule: AudienceLeaf;
  change: (changes: Partial<AudienceLeaf>) => void;
}

/** The fields of the rule's kind. */
function RuleChoices({ rule, change }: RuleChoicesProps) {
  const { t } = useTranslation(['mailings', 'organisations', 'institutions', 'common']);
  switch (rule.kind) {
    case 'LISTS':
      return <MailingListsMultiPicker label={t('audience.lists')} value={rule.lists} onChange={(lists) => change({ lists })} />;
    case 'MEMBER_ORGANISATIONS':
      return (
        <>
          <ChipListField
            label={t('audience.organisationStatuses')}
            value={rule.organisationStatuses}
            options={MEMBERSHIP_STATUSES}
            onlyOptions
            optionLabel={(status) => t(`organisations:statuses.${status as (typeof MEMBERSHIP_STATUSES)[number]}`)}
            onChange={(organisationStatuses) => change({ organisationStatuses })}
            helperText={t('audience.organisationsHelp')}
          />
          <CountriesMultiPicker
            label={t('audience.organisationCountries')}
            value={rule.countryCodes}
            onChange={(countryCodes) => change({ countryCodes })}
          />
          <ChipListField
            label={t('audience.organisationTypes')}
            value={rule.organisationTypes}
            options={ORGANISATION_TYPES}
            onlyOptions
            optionLabel={(type) => t(`organisations:types.${type as (typeof ORGANISATION_TYPES)[number]}`)}
            onChange={(organisationTypes) => change({ organisationTypes })}
          />
        </>
      );
    case 'CAMPAIGN_PARTICIPANTS':
    case 'CAMPAIGN_TARGETS':
      return (
        <CampaignsMultiPicker
          label={t('audience.campaigns')}
          value={rule.campaigns}
          onChange={(campaigns) => change({ campaigns })}
          helperText={t(rule.kind === 'CAMPAIGN_TARGETS' ? 'audience.targetsHelp' : 'audience.participantsHelp')}
        />
      );
    case 'POLICYMAKERS':
      return (
        <>
          <InstitutionsMultiPicker
            label={t('audience.institutions')}
            value={rule.institutions}
            onChange={(institutions) => change({ institutions })}
          />
          <FormControlLabel
            control={
              <Switch
                checked={rule.includeChildInstitutions}
                onChange={(event) => change({ includeChildInstitutions: event.target.checked })}
              />
            }
            label={t('audience.includeChildInstitutions')}
          />
          <ChipListField
            label={t('audience.institutionKinds')}
            value={rule.institutionKinds}
            options={INSTITUTION_KINDS}
            onlyOptions
            optionLabel={(kind) => t(`institutions:kinds.${kind as (typeof INSTITUTION_KINDS)[number]}`)}
            onChange={(institutionKinds) => change({ institutionKinds })}
            helperText={t('audience.policymakersHelp')}
          />
        </>
      );
    case 'COUNTRIES':
      return <CountriesMultiPicker label={t('audience.countries')} value={rule.countryCodes} onChange={(countryCodes) => change({ countryCodes })} />;
    case 'LANGUAGES':
      return (
        <ChipListField
          label={t('audience.languages')}
          value={rule.languages}
          options={AUDIENCE_LANGUAGES}
          onlyOptions
          optionLabel={(language) => t(`common:languages.${language as Language}`)}
          onChange={(languages) => change({ languages: languages as Language[] })}
          helperText={t('audience.languagesHelp')}
        />
      );
    case 'TAGS':
      return <ChipListField label={t('audience.tags')} value={rule.tags} onChange={(tags) => change({ tags })} />;
  }
}
