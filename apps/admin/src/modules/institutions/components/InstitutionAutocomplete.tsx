import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { InstitutionSummaryFieldsFragment } from '../../../gql/graphql';
import { RemoteAutocomplete, type RecordPickerProps } from '../../../ui/RemoteAutocomplete';
import { INSTITUTION_OPTIONS_QUERY } from '../graphql/institution-options.query';
import { institutionLabel } from '../institutionNames';

export type InstitutionOption = InstitutionSummaryFieldsFragment;

export type InstitutionAutocompleteProps = RecordPickerProps<InstitutionOption>;

/** How many institutions the picker offers at once: typing narrows them (fuzzy, on names and acronym). */
const OPTIONS_SHOWN = 20;

/** Picks an institution by typing part of its name (English or French) or acronym. */
export function InstitutionAutocomplete(props: InstitutionAutocompleteProps) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  return (
    <RemoteAutocomplete
      {...props}
      query={INSTITUTION_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.institutions.edges.map((edge) => edge.node)}
      optionLabel={(institution) => institutionLabel(institution, language)}
      noOptionsText={t('picker.none')}
    />
  );
}
