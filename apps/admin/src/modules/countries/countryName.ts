import { Language } from '@alliance/domain';
import type { CountryFieldsFragment } from '../../gql/graphql';

/** The country's name in the admin's language. */
export function countryName(country: Pick<CountryFieldsFragment, 'nameEn' | 'nameFr'>, language: Language): string {
  return language === Language.FR ? country.nameFr : country.nameEn;
}
