import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { InstitutionFieldsFragment, InstitutionKind } from '../../../gql/graphql';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { RecordForm } from '../../../ui/RecordForm';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import { INSTITUTION_KINDS } from '../institutionNames';
import { InstitutionAutocomplete, type InstitutionOption } from './InstitutionAutocomplete';

const FIELDS = ['name', 'nameFr', 'acronym', 'kind', 'parentId', 'countryCode', 'website'] as const;

/** The institution as the API takes it: optional text left empty is null (it clears the field on update). */
export interface InstitutionInput {
  name: string;
  nameFr: string | null;
  acronym: string | null;
  kind: InstitutionKind;
  parentId: string | null;
  countryCode: string | null;
  website: string | null;
}

export interface InstitutionFormProps {
  /** The institution edited; none for a new one. */
  institution?: InstitutionFieldsFragment;
  /** Saves and goes on (to the record); throws the API's error, shown under the fields it names. */
  save: (input: InstitutionInput) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

const orNull = (text: string) => text.trim() || null;

/** Creates or edits an institution: names in both languages, kind, where it sits, country, website. */
export function InstitutionForm({ institution, save, submitting, cancelTo }: InstitutionFormProps) {
  const { t } = useTranslation('institutions');
  const [name, setName] = useState(institution?.name ?? '');
  const [nameFr, setNameFr] = useState(institution?.nameFr ?? '');
  const [acronym, setAcronym] = useState(institution?.acronym ?? '');
  const [kind, setKind] = useState<InstitutionKind>(institution?.kind ?? 'UN_ORGAN');
  const [parent, setParent] = useState<InstitutionOption | null>(institution?.parent ?? null);
  const [countryCode, setCountryCode] = useState<string | null>(institution?.countryCode ?? null);
  const [website, setWebsite] = useState(institution?.website ?? '');
  const { fieldErrors, alert, attempt } = useApiProblem(FIELDS);
  const isNew = !institution;

  function submit() {
    void attempt(() =>
      save({
        name: name.trim(),
        nameFr: orNull(nameFr),
        acronym: orNull(acronym),
        kind,
        parentId: parent?.id ?? null,
        countryCode,
        website: orNull(website),
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
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          label={t('form.nameFr')}
          value={nameFr}
          onChange={setNameFr}
          error={fieldErrors.nameFr}
          helperText={t('form.nameFrHelp')}
          slotProps={{ htmlInput: { lang: 'fr' } }}
          sx={{ flex: 3 }}
        />
        <FormTextField label={t('form.acronym')} value={acronym} onChange={setAcronym} error={fieldErrors.acronym} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <OptionSelectField
          required
          label={t('form.kind')}
          value={kind}
          options={INSTITUTION_KINDS}
          optionLabel={(option) => t(`kinds.${option}`)}
          onChange={setKind}
          error={fieldErrors.kind}
          sx={{ flex: 1 }}
        />
        <CountryAutocomplete
          label={t('form.country')}
          value={countryCode}
          onChange={setCountryCode}
          error={fieldErrors.countryCode}
          sx={{ flex: 1 }}
        />
      </Stack>
      <InstitutionAutocomplete
        label={t('form.parent')}
        value={parent}
        onChange={setParent}
        error={fieldErrors.parentId}
        helperText={t('form.parentHelp')}
      />
      <FormTextField
        label={t('form.website')}
        type="url"
        value={website}
        onChange={setWebsite}
        error={fieldErrors.website}
        helperText={t('form.websiteHelp')}
      />
    </RecordForm>
  );
}
