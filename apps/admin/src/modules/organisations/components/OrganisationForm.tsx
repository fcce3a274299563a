import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { MembershipStatus, OrganisationFieldsFragment, OrganisationType } from '../../../gql/graphql';
import { ChipListField } from '../../../ui/ChipListField';
import { FormTextField } from '../../../ui/FormTextField';
import { languageName, languageOptions } from '../../../ui/languageNames';
import { RecordForm } from '../../../ui/RecordForm';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from '../organisationOptions';

const FIELDS = [
  'name',
  'acronym',
  'type',
  'membershipStatus',
  'countryCode',
  'city',
  'website',
  'description',
  'focusAreas',
  'languages',
  'tags',
] as const;

/** The profile as the API takes it: optional text left empty is null (it clears the field on update). */
export interface OrganisationProfileInput {
  name: string;
  acronym: string | null;
  type: OrganisationType;
  countryCode: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  focusAreas: string[];
  languages: string[];
  tags: string[];
}

export interface OrganisationFormProps {
  /** The organisation edited; none for a new one. */
  organisation?: OrganisationFieldsFragment;
  /** Saves and goes on (to the record); throws the API's error, shown under the fields it names. */
  save: (input: OrganisationProfileInput, membershipStatus: MembershipStatus) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

const orNull = (text: string) => text.trim() || null;

/** Creates or edits an organisation's profile. */
export function OrganisationForm({ organisation, save, submitting, cancelTo }: OrganisationFormProps) {
  const { t, i18n } = useTranslation('organisations');
  const language = currentLanguage(i18n);
  const [name, setName] = useState(organisation?.name ?? '');
  const [acronym, setAcronym] = useState(organisation?.acronym ?? '');
  const [type, setType] = useState<OrganisationType>(organisation?.type ?? 'NGO');
  const [membershipStatus, setMembershipStatus] = useState<MembershipStatus>('PROSPECT');
  const [countryCode, setCountryCode] = useState<string | null>(organisation?.countryCode ?? null);
  const [city, setCity] = useState(organisation?.city ?? '');
  const [website, setWebsite] = useState(organisation?.website ?? '');
  const [description, setDescription] = useState(organisation?.description ?? '');
  const [focusAreas, setFocusAreas] = useState<string[]>(organisation?.focusAreas ?? []);
  const [languages, setLanguages] = useState<string[]>(organisation?.languages ?? []);
  const [tags, setTags] = useState<string[]>(organisation?.tags ?? []);
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const isNew = !organisation;

  function submit() {
    void attempt(() =>
      save(
        {
          name: name.trim(),
          acronym: orNull(acronym),
          type,
          countryCode,
          city: orNull(city),
          website: orNull(website),
          description: orNull(description),
          focusAreas,
          languages,
          tags,
        },
        membershipStatus,
      ),
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
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField label={t('form.name')} required autoFocus value={name} onChange={setName} error={fieldErrors.name} sx={{ flex: 3 }} />
        <FormTextField label={t('form.acronym')} value={acronym} onChange={setAcronym} error={fieldErrors.acronym} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          select
          required
          label={t('form.type')}
          value={type}
          onChange={(value) => setType(value as OrganisationType)}
          error={fieldErrors.type}
        >
          {ORGANISATION_TYPES.map((option) => (
            <MenuItem key={option} value={option}>
              {t(`types.${option}`)}
            </MenuItem>
          ))}
        </FormTextField>
        {isNew ? (
          <FormTextField
            select
            label={t('form.membershipStatus')}
            value={membershipStatus}
            onChange={(value) => setMembershipStatus(value as MembershipStatus)}
            error={fieldErrors.membershipStatus}
            helperText={t('form.membershipStatusHelp')}
          >
            {MEMBERSHIP_STATUSES.map((option) => (
              <MenuItem key={option} value={option}>
                {t(`statuses.${option}`)}
              </MenuItem>
            ))}
          </FormTextField>
        ) : null}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <CountryAutocomplete
          label={t('form.country')}
          value={countryCode}
          onChange={setCountryCode}
          error={fieldErrors.countryCode}
          sx={{ flex: 1 }}
        />
        <FormTextField label={t('form.city')} value={city} onChange={setCity} error={fieldErrors.city} sx={{ flex: 1 }} />
      </Stack>
      <FormTextField
        label={t('form.website')}
        type="url"
        value={website}
        onChange={setWebsite}
        error={fieldErrors.website}
        helperText={t('form.websiteHelp')}
      />
      <FormTextField
        label={t('form.description')}
        multiline
        minRows={3}
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
      />
      <ChipListField label={t('form.focusAreas')} value={focusAreas} onChange={setFocusAreas} error={fieldErrors.focusAreas} />
      <ChipListField
        label={t('form.languages')}
        value={languages}
        onChange={setLanguages}
        options={languageOptions(language, languages)}
        onlyOptions
        optionLabel={(code) => languageName(code, language)}
        error={fieldErrors.languages}
      />
      <ChipListField label={t('form.tags')} value={tags} onChange={setTags} error={fieldErrors.tags} />
    </RecordForm>
  );
}
