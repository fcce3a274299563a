import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { ContactFieldsFragment, ContactPrivateFieldsFragment, CreateContactInput, EmailConsentStatus } from '../../../gql/graphql';
import { ChipListField } from '../../../ui/ChipListField';
import { FormFieldset } from '../../../ui/FormFieldset';
import { FormTextField } from '../../../ui/FormTextField';
import { languageName, languageOptions } from '../../../ui/languageNames';
import { RecordForm } from '../../../ui/RecordForm';
import { RepeatableFieldset } from '../../../ui/RepeatableFieldset';
import { useRowList, type RowList } from '../../../ui/useRowList';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { CountryAutocomplete } from '../../countries/components/CountryAutocomplete';
import { OrganisationAutocomplete, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';

const CONSENT_STATUSES: readonly EmailConsentStatus[] = ['UNKNOWN', 'GRANTED', 'WITHDRAWN'];
const FIELDS = ['firstName', 'lastName', 'preferredLanguage', 'countryCode', 'tags', 'notes', 'emails', 'phones', 'affiliations', 'emailConsent.status', 'emailConsent.source'];

interface EmailRow {
  address: string;
  isPrimary: boolean;
}
interface PhoneRow {
  number: string;
  label: string;
}
interface AffiliationRow {
  organisation: OrganisationOption | null;
  title: string;
}

export type EditedContact = ContactFieldsFragment & ContactPrivateFieldsFragment;

export interface ContactFormProps {
  /** The contact edited; none for a new one. */
  contact?: EditedContact;
  /** For a new contact added from an organisation's page. */
  organisation?: OrganisationOption;
  /** Saves and goes on; throws the API's error, shown under the fields it names. */
  save: (input: CreateContactInput) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

const orNull = (text: string) => text.trim() || null;

/** Rows left empty are not sent; the keys of those sent, so "emails.1.address" is shown under the right row. */
interface SentRows {
  emails: number[];
  phones: number[];
  affiliations: number[];
}

function filled<Value>(list: RowList<Value>, isFilled: (value: Value) => boolean) {
  return list.rows.filter((row) => isFilled(row.value));
}

/** Creates or edits a contact: name, emails, phones, language, country, tags, organisations, consent, notes. */
export function ContactForm({ contact, organisation, save, submitting, cancelTo }: ContactFormProps) {
  const { t, i18n } = useTranslation('contacts');
  const language = currentLanguage(i18n);
  const primaryName = useId();
  const [firstName, setFirstName] = useState(contact?.firstName ?? '');
  const [lastName, setLastName] = useState(contact?.lastName ?? '');
  const [preferredLanguage, setPreferredLanguage] = useState(contact?.preferredLanguage ?? language);
  const [countryCode, setCountryCode] = useState<string | null>(contact?.countryCode ?? null);
  const [tags, setTags] = useState<string[]>(contact?.tags ?? []);
  const [notes, setNotes] = useState(contact?.notes ?? '');
  const [consentStatus, setConsentStatus] = useState<EmailConsentStatus>(contact?.emailConsent?.status ?? 'UNKNOWN');
  const [consentSource, setConsentSource] = useState(contact?.emailConsent?.source ?? '');
  const emails = useRowList<EmailRow>(() =>
    contact ? (contact.emails ?? []).map(({ address, isPrimary }) => ({ address, isPrimary })) : [{ address: '', isPrimary: true }],
  );
  const phones = useRowList<PhoneRow>(() => (contact?.phones ?? []).map(({ number, label }) => ({ number, label: label ?? '' })));
  const affiliations = useRowList<AffiliationRow>(() => {
    if (contact) {
      return contact.affiliations.flatMap(({ organisation: linked, title }) => (linked ? [{ organisation: linked, title: title ?? '' }] : []));
    }
    return organisation ? [{ organisation, title: '' }] : [];
  });
  const [sent, setSent] = useState<SentRows>({ emails: [], phones: [], affiliations: [] });
  const rowFields = [
    ...sent.emails.flatMap((_key, index) => [`emails.${index}.address`, `emails.${index}.isPrimary`]),
    ...sent.phones.flatMap((_key, index) => [`phones.${index}.number`, `phones.${index}.label`]),
    ...sent.affiliations.flatMap((_key, index) => [`affiliations.${index}.organisationId`, `affiliations.${index}.title`]),
  ];
  const { fieldErrors, alert, attempt } = useApiProblem<string>([...FIELDS, ...rowFields]);
  const isNew = !contact;
  // The API shares a contact's private details all together or not at all; consent is never null when shared.
  const detailsShared = !contact || contact.emailConsent !== null;

  /** The API's message for a field of the row with this key, as it was sent. */
  function rowError(list: keyof SentRows, key: number, field: string): string | undefined {
    const index = sent[list].indexOf(key);
    return index < 0 ? undefined : fieldErrors[`${list}.${index}.${field}`];
  }

  function submit() {
    const sentEmails = filled(emails, (email) => email.address.trim() !== '');
    const sentPhones = filled(phones, (phone) => phone.number.trim() !== '');
    const sentAffiliations = filled(affiliations, (affiliation) => affiliation.organisation !== null);
    setSent({
      emails: sentEmails.map((row) => row.key),
      phones: sentPhones.map((row) => row.key),
      affiliations: sentAffiliations.map((row) => row.key),
    });
    const input: CreateContactInput = {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      preferredLanguage,
      countryCode,
      tags,
      // Private details the API did not share are not sent, so they stay as they are (lists sent replace).
      ...(detailsShared
        ? {
            notes: orNull(notes),
            emails: sentEmails.map(({ value }) => ({ address: value.address.trim(), isPrimary: value.isPrimary })),
            phones: sentPhones.map(({ value }) => ({ number: value.number.trim(), label: orNull(value.label) })),
            emailConsent: { status: consentStatus, source: orNull(consentSource) },
          }
        : {}),
      affiliations: sentAffiliations.map(({ value }) => ({ organisationId: value.organisation?.id ?? '', title: orNull(value.title) })),
    };
    void attempt(() => save(input));
  }

  function markPrimary(index: number) {
    emails.rows.forEach((_row, at) => emails.change(at, { isPrimary: at === index }));
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
        <FormTextField
          label={t('form.firstName')}
          required
          autoFocus
          autoComplete="off"
          value={firstName}
          onChange={setFirstName}
          error={fieldErrors.firstName}
        />
        <FormTextField label={t('form.lastName')} required autoComplete="off" value={lastName} onChange={setLastName} error={fieldErrors.lastName} />
      </Stack>
      <RepeatableFieldset
        legend={t('form.emails')}
        list={emails}
        blank={() => ({ address: '', isPrimary: emails.rows.length === 0 })}
        addLabel={t('form.addEmail')}
        removeLabel={(index) => t('form.removeEmail', { number: index + 1 })}
        emptyText={t('form.noEmails')}
        error={fieldErrors.emails}
        renderRow={(email, index) => {
          const key = emails.rows[index]?.key ?? -1;
          return (
            <>
              <FormTextField
                label={t('form.email', { number: index + 1 })}
                type="email"
                autoComplete="off"
                value={email.address}
                onChange={(address) => emails.change(index, { address })}
                error={rowError('emails', key, 'address')}
                sx={{ flex: 1 }}
              />
              <FormControlLabel
                control={<Radio name={primaryName} checked={email.isPrimary} onChange={() => markPrimary(index)} />}
                label={
                  <>
                    {t('form.primary')}
                    <VisuallyHidden>{` ${t('form.primaryOf', { number: index + 1 })}`}</VisuallyHidden>
                  </>
                }
                sx={{ mt: { sm: 1 } }}
              />
            </>
          );
        }}
      />
      <RepeatableFieldset
        legend={t('form.phones')}
        list={phones}
        blank={() => ({ number: '', label: '' })}
        addLabel={t('form.addPhone')}
        removeLabel={(index) => t('form.removePhone', { number: index + 1 })}
        emptyText={t('form.noPhones')}
        error={fieldErrors.phones}
        renderRow={(phone, index) => {
          const key = phones.rows[index]?.key ?? -1;
          return (
            <>
              <FormTextField
                label={t('form.phone', { number: index + 1 })}
                type="tel"
                autoComplete="off"
                value={phone.number}
                onChange={(number) => phones.change(index, { number })}
                error={rowError('phones', key, 'number')}
                sx={{ flex: 1 }}
              />
              <FormTextField
                label={t('form.phoneLabel', { number: index + 1 })}
                value={phone.label}
                onChange={(label) => phones.change(index, { label })}
                error={rowError('phones', key, 'label')}
                helperText={t('form.phoneLabelHelp')}
                sx={{ flex: 1 }}
              />
            </>
          );
        }}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          select
          label={t('form.preferredLanguage')}
          value={preferredLanguage}
          onChange={setPreferredLanguage}
          error={fieldErrors.preferredLanguage}
          helperText={t('form.preferredLanguageHelp')}
          sx={{ flex: 1 }}
        >
          {languageOptions(language, [preferredLanguage]).map((code) => (
            <MenuItem key={code} value={code}>
              {languageName(code, language)}
            </MenuItem>
          ))}
        </FormTextField>
        <CountryAutocomplete
          label={t('form.country')}
          value={countryCode}
          onChange={setCountryCode}
          error={fieldErrors.countryCode}
          sx={{ flex: 1 }}
        />
      </Stack>
      <RepeatableFieldset
        legend={t('form.affiliations')}
        list={affiliations}
        blank={() => ({ organisation: null, title: '' })}
        addLabel={t('form.addAffiliation')}
        removeLabel={(index) => t('form.removeAffiliation', { number: index + 1 })}
        emptyText={t('form.noAffiliations')}
        error={fieldErrors.affiliations}
        renderRow={(affiliation, index) => {
          const key = affiliations.rows[index]?.key ?? -1;
          return (
            <>
              <OrganisationAutocomplete
                label={t('form.organisation', { number: index + 1 })}
                value={affiliation.organisation}
                onChange={(chosen) => affiliations.change(index, { organisation: chosen })}
                error={rowError('affiliations', key, 'organisationId')}
                sx={{ flex: 1 }}
              />
              <FormTextField
                label={t('form.affiliationTitle', { number: index + 1 })}
                value={affiliation.title}
                onChange={(title) => affiliations.change(index, { title })}
                error={rowError('affiliations', key, 'title')}
                helperText={t('form.affiliationTitleHelp')}
                sx={{ flex: 1 }}
              />
            </>
          );
        }}
      />
      <ChipListField label={t('form.tags')} value={tags} onChange={setTags} error={fieldErrors.tags} />
      <FormFieldset legend={t('form.consent')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          select
          label={t('form.consentStatus')}
          value={consentStatus}
          onChange={(value) => setConsentStatus(value as EmailConsentStatus)}
          error={fieldErrors['emailConsent.status']}
          sx={{ flex: 1 }}
        >
          {CONSENT_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`consentStatuses.${status}`)}
            </MenuItem>
          ))}
        </FormTextField>
        <FormTextField
          label={t('form.consentSource')}
          value={consentSource}
          onChange={setConsentSource}
          error={fieldErrors['emailConsent.source']}
          helperText={t('form.consentSourceHelp')}
          sx={{ flex: 2 }}
        />
      </Stack>
      </FormFieldset>
      <FormTextField label={t('form.notes')} multiline minRows={3} value={notes} onChange={setNotes} error={fieldErrors.notes} />
    </RecordForm>
  );
}
