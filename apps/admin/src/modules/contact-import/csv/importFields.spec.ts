import { describe, expect, it } from 'vitest';
import { fieldsFedTwice, guessMapping, mappingForApi } from './importFields';
import { parseCsvHeader } from './readCsvHeader';

describe(parseCsvHeader.name, () => {
  it('should read quoted names with commas, doubled quotes and a byte-order mark, and stop at the first line', () => {
    expect(parseCsvHeader('\uFEFF"Last, first",Email , "Say ""hi"""\r\nA,b,c')).toEqual(['Last, first', 'Email', 'Say "hi"']);
  });

  it('should find no column in an empty file', () => {
    expect(parseCsvHeader('')).toEqual([]);
  });
});

describe(guessMapping.name, () => {
  it('should match English and French names without case, accents or punctuation, each field once', () => {
    expect(guessMapping(['First Name', 'NOM', 'Courriel', 'e-mail', 'Téléphone', 'Langue', 'Country', 'Job title', 'Shoe size'])).toEqual({
      'First Name': 'firstName',
      NOM: 'lastName',
      Courriel: 'email',
      'e-mail': 'ignore',
      Téléphone: 'phone',
      Langue: 'preferredLanguage',
      Country: 'countryCode',
      'Job title': 'title',
      'Shoe size': 'ignore',
    });
  });
});

describe(mappingForApi.name, () => {
  it('should leave out ignored columns', () => {
    expect(mappingForApi({ A: 'firstName', B: 'ignore' })).toEqual({ A: 'firstName' });
  });
});

describe(fieldsFedTwice.name, () => {
  it('should name each field more than one column feeds', () => {
    expect(fieldsFedTwice({ A: 'email', B: 'email', C: 'ignore', D: 'ignore', E: 'notes' })).toEqual(['email']);
  });
});
