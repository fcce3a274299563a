import { generateKeyPairSync } from 'node:crypto';
import { loadAppConfig } from './load-config';
import { ConfigurationError } from './validate-environment';

const quiet = () => undefined;
const secret = { APP_SECRET: 'x'.repeat(40) };

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadAppConfig({ ...secret, ...environment }, quiet);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('mail settings', () => {
  it('should default to unlimited sending, ten connections, approval above 1000 recipients and no DKIM', () => {
    const config = loadAppConfig(secret, quiet);
    expect(config).toMatchObject({ MAIL_RATE_PER_SECOND: 0, MAIL_POOL_CONNECTIONS: 10, MAIL_TWO_PERSON_THRESHOLD: 1000, MAIL_WORKER_HEARTBEAT_MS: 2000 });
    expect(config.dkim).toBeNull();
    expect(config.mailRetryDelaysMs).toEqual([30_000, 120_000, 600_000, 1_800_000]);
    expect(config.mailDomain).toBe('localhost');
    expect(config.unsubscribeMailto).toBe('no-reply@localhost');
  });

  it('should read the address and domain of MAIL_FROM, and prefer MAIL_UNSUBSCRIBE_MAILTO for unsubscribing by mail', () => {
    const config = loadAppConfig({ ...secret, MAIL_FROM: 'Alliance Alerts <alerts@alliance.example>', MAIL_RETRY_DELAYS: '1, 2.5' }, quiet);
    expect(config.mailFromAddress).toBe('alerts@alliance.example');
    expect(config.mailDomain).toBe('alliance.example');
    expect(config.unsubscribeMailto).toBe('alerts@alliance.example');
    expect(config.mailRetryDelaysMs).toEqual([1000, 2500]);
    expect(loadAppConfig({ ...secret, MAIL_UNSUBSCRIBE_MAILTO: 'leave@alliance.example' }, quiet).unsubscribeMailto).toBe('leave@alliance.example');
  });

  it('should take DKIM settings all together, with the key written on one line', () => {
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const config = loadAppConfig({ ...secret, DKIM_DOMAIN: 'alliance.example', DKIM_SELECTOR: 'alerts2026', DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n') }, quiet);
    expect(config.dkim).toEqual({ domainName: 'alliance.example', keySelector: 'alerts2026', privateKey: pem });
  });

  it('should refuse some DKIM settings without the others, and name every malformed mail setting', () => {
    expect(problemsOf({ DKIM_DOMAIN: 'alliance.example' }).map((problem) => problem.split(':')[0]).sort()).toEqual(['DKIM_PRIVATE_KEY', 'DKIM_SELECTOR']);
    const problems = problemsOf({
      MAIL_RATE_PER_SECOND: '-1',
      MAIL_POOL_CONNECTIONS: '0',
      MAIL_TWO_PERSON_THRESHOLD: 'many',
      MAIL_RETRY_DELAYS: '30s',
      MAIL_WORKER_HEARTBEAT_MS: '10',
      MAIL_WEBHOOK_SECRET: 'short',
      MAIL_UNSUBSCRIBE_MAILTO: 'not an address',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'MAIL_POOL_CONNECTIONS',
      'MAIL_RATE_PER_SECOND',
      'MAIL_RETRY_DELAYS',
      'MAIL_TWO_PERSON_THRESHOLD',
      'MAIL_UNSUBSCRIBE_MAILTO',
      'MAIL_WEBHOOK_SECRET',
      'MAIL_WORKER_HEARTBEAT_MS',
    ]);
  });
});
