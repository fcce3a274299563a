import { InstitutionKind, Language } from '@alliance/domain';
import type { InstitutionKind as InstitutionKindValue } from '../../gql/graphql';

export const INSTITUTION_KINDS: readonly InstitutionKindValue[] = Object.values(InstitutionKind);

export interface NamedInstitution {
  name: string;
  nameFr?: string | null;
  acronym?: string | null;
}

/** The institution's name in the admin's language: the French name when reading French and one is recorded. */
export function institutionName(institution: NamedInstitution, language: Language): string {
  return language === Language.FR && institution.nameFr ? institution.nameFr : institution.name;
}

/** The name with the acronym, to tell similar bodies apart in pickers. */
export function institutionLabel(institution: NamedInstitution, language: Language): string {
  const name = institutionName(institution, language);
  return institution.acronym ? `${name} (${institution.acronym})` : name;
}

/** The path of an institution's page. */
export const institutionPath = (id: string) => `/institutions/${id}`;
