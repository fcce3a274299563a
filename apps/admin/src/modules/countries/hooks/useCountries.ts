import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { CountryFieldsFragment } from '../../../gql/graphql';
import { countryName } from '../countryName';
import { COUNTRIES_QUERY } from '../graphql/countries.query';

export interface CountryOption {
  code: string;
  name: string;
}

/** Every country, named and sorted in the admin's language (the API sorts by English name). */
export function useCountries(): { countries: CountryOption[]; loading: boolean } {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const { data, loading } = useQuery(COUNTRIES_QUERY);
  const countries = useMemo(() => {
    const collator = new Intl.Collator(language);
    return (data?.countries ?? [])
      .map((country: CountryFieldsFragment) => ({ code: country.code, name: countryName(country, language) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [data, language]);
  return { countries, loading };
}
