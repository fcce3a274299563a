/** The fields a contacts file's column can feed (see the API's README, "The directory"). */
export const IMPORT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'preferredLanguage',
  'countryCode',
  'tags',
  'organisation',
  'title',
  'notes',
  'consentStatus',
  'consentSource',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column that feeds nothing. */
export const IGNORE = 'ignore';
export type ColumnChoice = ImportField | typeof IGNORE;

/** Which field each column of the file feeds, by column name. */
export type ColumnMapping = Record<string, ColumnChoice>;

/** Fields every row needs, so a column must feed them. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['firstName', 'lastName'];

/** Column names people use for each field, in English and French, compared without case, accents or punctuation. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  firstName: ['firstname', 'first', 'givenname', 'forename', 'prenom'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'nom', 'nomdefamille'],
  email: ['email', 'emailaddress', 'mail', 'courriel', 'adressecourriel', 'adresseemail', 'adressemail'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'portable'],
  preferredLanguage: ['language', 'preferredlanguage', 'lang', 'langue', 'languepreferee'],
  countryCode: ['country', 'countrycode', 'pays', 'codepays'],
  tags: ['tags', 'tag', 'labels', 'etiquettes', 'motscles'],
  organisation: ['organisation', 'organization', 'org', 'organisme', 'structure'],
  title: ['title', 'jobtitle', 'position', 'role', 'fonction', 'titre', 'poste'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarques', 'commentaires'],
  consentStatus: ['consent', 'consentstatus', 'emailconsent', 'consentement'],
  consentSource: ['consentsource', 'sourceofconsent', 'sourceduconsentement', 'source'],
};

export function normaliseColumnName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The obvious field for each column ("E-mail" feeds email, "Prénom" firstName); each field at most once. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const normalised = normaliseColumnName(column);
    const field = IMPORT_FIELDS.find((candidate) => !taken.has(candidate) && SYNONYMS[candidate].includes(normalised));
    if (field) taken.add(field);
    mapping[column] = field ?? IGNORE;
  }
  return mapping;
}

/** The mapping as the API takes it: only the columns that feed a field. */
export function mappingForApi(mapping: ColumnMapping): Record<string, ImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, ImportField] => entry[1] !== IGNORE));
}

/** Fields that more than one column feeds. */
export function fieldsFedTwice(mapping: ColumnMapping): ImportField[] {
  const fields = Object.values(mapping).filter((choice): choice is ImportField => choice !== IGNORE);
  return [...new Set(fields.filter((field, index) => fields.indexOf(field) !== index))];
}
