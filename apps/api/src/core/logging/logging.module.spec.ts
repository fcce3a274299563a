import { QueryFailedError } from 'typeorm';
import { errorWithoutPersonalData } from './logging.module';

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
