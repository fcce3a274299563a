import { QueryFailedError } from 'typeorm';
import { errorWithoutPersonalData, loggedPath } from './logging.module';

describe('errorWithoutPersonalData', () => {
  it('should keep what went wrong but drop the values a failed statement was writing', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "contact_emails_address_key"'), {
      code: '23505',
      detail: 'Key (address)=(amina.diallo@example.org) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO contact_emails (address) VALUES ($1)', ['amina.diallo@example.org'], driverError);

    const logged = JSON.stringify(errorWithoutPersonalData(error));

    expect(logged).toContain('contact_emails_address_key');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('amina.diallo@example.org');
  });
});

describe('loggedPath', () => {
  it('should drop query strings and the tokens of mail tracking links', () => {
    expect(loggedPath('/api/public/unsubscribe?token=abc.def')).toBe('/api/public/unsubscribe');
    expect(loggedPath('/api/public/t/o/AQAAAAAAAA-g.mac.gif')).toBe('/api/public/t/o/:token');
    expect(loggedPath('/api/public/t/c/AQAAAAAAAA-g.mac?u=https%3A%2F%2Fexample.org&s=x')).toBe('/api/public/t/c/:token');
    expect(loggedPath('/graphql')).toBe('/graphql');
  });
});
