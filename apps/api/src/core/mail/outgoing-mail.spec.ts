import { classifySmtpFailure } from './outgoing-mail';

describe(classifySmtpFailure.name, () => {
  const smtpError = (responseCode: number, response: string) => Object.assign(new Error("Can't send mail - all recipients were rejected"), { code: 'EENVELOPE', responseCode, response });

  it('should read a 4xx answer as temporary, keeping the answer', () => {
    expect(classifySmtpFailure(smtpError(451, '451 4.7.1 Greylisted, try again later'))).toEqual({
      kind: 'temporary',
      code: 451,
      detail: '451 4.7.1 Greylisted, try again later',
    });
  });

  it('should read a 5xx answer as permanent, but not 503 (a protocol hiccup, not a verdict on the address)', () => {
    expect(classifySmtpFailure(smtpError(550, '550 5.1.1 <x@example.org>: user unknown')).kind).toBe('permanent');
    expect(classifySmtpFailure(smtpError(554, '554 5.7.1 Rejected')).kind).toBe('permanent');
    expect(classifySmtpFailure(smtpError(503, '503 5.5.1 Bad sequence of commands')).kind).toBe('temporary');
  });

  it('should read a failure without an SMTP answer as a connection problem, naming the error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' });
    expect(classifySmtpFailure(refused)).toEqual({ kind: 'connection', code: null, detail: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:25' });
    expect(classifySmtpFailure('socket hang up')).toMatchObject({ kind: 'connection', detail: 'socket hang up' });
  });

  it('should keep the detail on one line and within 500 characters', () => {
    const { detail } = classifySmtpFailure(smtpError(452, `452 4.2.2 Mailbox full\r\n${'x'.repeat(600)}`));
    expect(detail).not.toMatch(/[\r\n]/);
    expect(detail.length).toBeLessThanOrEqual(500);
  });
});
