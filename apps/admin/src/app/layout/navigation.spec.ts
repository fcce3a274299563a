import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

const paths = (role: string) => navigationFor(role).map((item) => item.to);

describe(navigationFor.name, () => {
  it('should show institutions and policymakers to every role', () => {
    for (const role of ['COORDINATOR', 'ADVOCATE', 'ANALYST', 'MEMBER']) {
      expect(paths(role)).toEqual(expect.arrayContaining(['/institutions', '/policymakers']));
    }
  });

  it('should show importing contacts and duplicates to those who keep the directory, under contacts', () => {
    expect(paths('ADVOCATE')).toEqual(expect.arrayContaining(['/contacts', '/contacts/import', '/contacts/duplicates']));
    expect(paths('ANALYST')).not.toContain('/contacts/import');
    expect(paths('MEMBER')).not.toContain('/contacts/duplicates');
    const items = navigationFor('COORDINATOR');
    const contacts = items.findIndex((item) => item.to === '/contacts');
    expect(items.slice(contacts + 1, contacts + 3).map((item) => [item.to, item.nested])).toEqual([
      ['/contacts/import', true],
      ['/contacts/duplicates', true],
    ]);
  });

  it('should show deleted records to coordinators only', () => {
    expect(paths('COORDINATOR')).toContain('/deleted');
    expect(paths('ADVOCATE')).not.toContain('/deleted');
  });

  it('should show mailings, their lists and audiences to coordinators and advocates, and suppressions to coordinators only', () => {
    expect(paths('COORDINATOR')).toEqual(expect.arrayContaining(['/mailings', '/mailings/lists', '/mailings/audiences', '/mailings/suppressions']));
    expect(paths('ADVOCATE')).toEqual(expect.arrayContaining(['/mailings', '/mailings/lists', '/mailings/audiences']));
    expect(paths('ADVOCATE')).not.toContain('/mailings/suppressions');
    for (const role of ['ANALYST', 'MEMBER']) expect(paths(role).filter((path) => path.startsWith('/mailings'))).toEqual([]);
  });
});
