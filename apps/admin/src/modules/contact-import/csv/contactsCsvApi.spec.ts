import { describe, expect, it } from 'vitest';
import { contactsExportUrl } from './contactsCsvApi';

describe(contactsExportUrl.name, () => {
  it('should put the list’s filter in the address as JSON', () => {
    const url = new URL(contactsExportUrl({ search: 'Diallo', countryCodes: ['SN'] }), 'http://localhost');
    expect(url.pathname).toBe('/api/contacts/export.csv');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ search: 'Diallo', countryCodes: ['SN'] });
  });

  it('should export everyone without a filter', () => {
    expect(contactsExportUrl({})).toBe('/api/contacts/export.csv');
  });
});
