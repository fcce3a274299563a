import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { RemoteAutocomplete, type RecordPickerProps } from '../../../ui/RemoteAutocomplete';
import { RemoteMultiAutocomplete, type RecordMultiPickerProps } from '../../../ui/RemoteMultiAutocomplete';
import { remoteSearch } from '../../../ui/useRemoteOptions';
import { useCountries } from '../../countries/hooks/useCountries';
import { INSTITUTION_OPTIONS_QUERY } from '../../institutions/graphql/institution-options.query';
import { institutionLabel } from '../../institutions/institutionNames';
import type { RecordChoice } from '../audienceTree';
import { AUDIENCES_QUERY } from '../graphql/audiences.query';
import { MAILING_CAMPAIGN_OPTIONS_QUERY } from '../graphql/mailing-campaign-options.query';
import { MAILING_LISTS_QUERY } from '../graphql/mailing-lists.query';

/** How many records a picker offers at once: typing narrows them. */
const OPTIONS_SHOWN = 20;

const searchFilter = (search: string) => (search ? { search } : {});
const byName = (choice: RecordChoice) => choice.name;

/*
 * Where each kind of record is searched, once: the single and the multiple picker of a kind share it.
 */

function useMailingListSource() {
  const { t } = useTranslation('mailings');
  return remoteSearch({
    query: MAILING_LISTS_QUERY,
    variables: (search: string) => ({ first: OPTIONS_SHOWN, search: search || null }),
    optionsOf: (data) => data.mailingLists.edges.map(({ node }) => ({ id: node.id, name: node.name })),
    optionLabel: byName,
    noOptionsText: t('pickers.noList'),
  });
}

function useCampaignSource() {
  const { t } = useTranslation('mailings');
  return remoteSearch({
    query: MAILING_CAMPAIGN_OPTIONS_QUERY,
    variables: (search: string) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) }),
    optionsOf: (data) => data.campaigns.edges.map(({ node }) => ({ id: node.id, name: node.name })),
    optionLabel: byName,
    noOptionsText: t('pickers.noCampaign'),
  });
}

/** Picks the mailing list a mailing goes out on, by typing part of its name. */
export function MailingListAutocomplete(props: RecordPickerProps<RecordChoice>) {
  return <RemoteAutocomplete {...props} {...useMailingListSource()} />;
}

/** Picks mailing lists (an audience of their subscribers). */
export function MailingListsMultiPicker(props: RecordMultiPickerProps<RecordChoice>) {
  return <RemoteMultiAutocomplete {...props} {...useMailingListSource()} />;
}

/** Picks a saved audience by name. */
export function AudienceAutocomplete(props: RecordPickerProps<RecordChoice>) {
  const { t } = useTranslation('mailings');
  return (
    <RemoteAutocomplete
      {...props}
      query={AUDIENCES_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, search: search || null })}
      optionsOf={(data) => data.audiences.edges.map(({ node }) => ({ id: node.id, name: node.name }))}
      optionLabel={byName}
      noOptionsText={t('pickers.noAudience')}
    />
  );
}

/** Picks the campaign a mailing belongs to. */
export function MailingCampaignAutocomplete(props: RecordPickerProps<RecordChoice>) {
  return <RemoteAutocomplete {...props} {...useCampaignSource()} />;
}

/** Picks campaigns (their participants or their targets). */
export function CampaignsMultiPicker(props: RecordMultiPickerProps<RecordChoice>) {
  return <RemoteMultiAutocomplete {...props} {...useCampaignSource()} />;
}

/** Picks institutions by their English or French name or acronym. */
export function InstitutionsMultiPicker(props: RecordMultiPickerProps<RecordChoice>) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={INSTITUTION_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: searchFilter(search) })}
      optionsOf={(data) => data.institutions.edges.map(({ node }) => ({ id: node.id, name: institutionLabel(node, language) }))}
      optionLabel={byName}
      noOptionsText={t('picker.none')}
    />
  );
}

export interface CountriesMultiPickerProps {
  label: string;
  /** ISO 3166-1 alpha-2 codes. */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  helperText?: string;
}

/** Picks countries by typing part of their name in the admin's language. */
export function CountriesMultiPicker({ label, value, onChange, helperText }: CountriesMultiPickerProps) {
  const { t } = useTranslation('common');
  const { countries, loading } = useCountries();
  const nameOf = (code: string) => countries.find((country) => country.code === code)?.name ?? code;
  return (
    <Autocomplete<string, true>
      multiple
      filterSelectedOptions
      options={countries.map((country) => country.code)}
      value={[...value]}
      loading={loading}
      loadingText={t('loading')}
      noOptionsText={t('countries.none')}
      getOptionLabel={nameOf}
      onChange={(_event, codes) => onChange(codes)}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}
