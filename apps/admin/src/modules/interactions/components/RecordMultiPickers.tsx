import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { INSTITUTION_OPTIONS_QUERY } from '../../institutions/graphql/institution-options.query';
import type { InstitutionOption } from '../../institutions/components/InstitutionAutocomplete';
import { institutionLabel } from '../../institutions/institutionNames';
import { organisationLabel, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { ORGANISATION_OPTIONS_QUERY } from '../../organisations/graphql/organisation-options.query';
import { contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';
import { CONTACT_PICKER_OPTIONS_QUERY } from '../../relationships/graphql/contact-picker-options.query';
import { INTERACTION_COLLEAGUE_OPTIONS_QUERY } from '../graphql/interaction-colleague-options.query';
import { RemoteMultiAutocomplete, type RecordMultiPickerProps } from '../../../ui/RemoteMultiAutocomplete';

/** How many records a picker offers at once: typing narrows them. */
const OPTIONS_SHOWN = 20;

const searchFilter = (search: string) => (search ? { search } : {});

/** Picks the people met (policymakers and others in the directory), by name or email. */
export function ContactsMultiPicker(props: RecordMultiPickerProps<ContactOption>) {
  const { t } = useTranslation('relationships');
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={CONTACT_PICKER_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) })}
      optionsOf={(data) => data.contacts.edges.map((edge) => edge.node)}
      optionLabel={contactName}
      noOptionsText={t('picker.none')}
    />
  );
}

/** Picks institutions (English or French name, or acronym). */
export function InstitutionsMultiPicker(props: RecordMultiPickerProps<InstitutionOption>) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={INSTITUTION_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) })}
      optionsOf={(data) => data.institutions.edges.map((edge) => edge.node)}
      optionLabel={(institution) => institutionLabel(institution, language)}
      noOptionsText={t('picker.none')}
    />
  );
}

/** Picks organisations of the directory (name or acronym). */
export function OrganisationsMultiPicker(props: RecordMultiPickerProps<OrganisationOption>) {
  const { t } = useTranslation('organisations');
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={ORGANISATION_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) })}
      optionsOf={(data) => data.organisations.edges.map((edge) => edge.node)}
      optionLabel={organisationLabel}
      noOptionsText={t('picker.none')}
    />
  );
}

export interface ColleagueOption {
  id: string;
  name: string;
}

/** Picks users of the CRM (name or email). The API lists users to coordinators only. */
export function ColleaguesMultiPicker(props: RecordMultiPickerProps<ColleagueOption>) {
  const { t } = useTranslation('interactions');
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={INTERACTION_COLLEAGUE_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) })}
      optionsOf={(data) => data.colleagues.edges.map((edge) => edge.node)}
      optionLabel={(colleague) => colleague.name}
      noOptionsText={t('form.noColleague')}
    />
  );
}
