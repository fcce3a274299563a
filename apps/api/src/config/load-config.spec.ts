import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadAppConfig } from './load-config';
import { ConfigurationError } from './validate-environment';

const quiet = () => undefined;

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadAppConfig(environment, quiet);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadAppConfig', () => {
  it('should refuse to start in production without APP_SECRET, saying how to make one', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toEqual([expect.stringMatching(/^APP_SECRET: is required when NODE_ENV=production.*openssl rand/)]);
  });

  it('should name every malformed variable at once, without echoing its value', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://secret-host/db', PORT: '99999', REDIS_URL: 'localhost', APP_SECRET: 'short' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['APP_SECRET', 'DATABASE_URL', 'PORT', 'REDIS_URL']);
    expect(problems.join(' ')).not.toContain('secret-host');
  });

  it('should generate a development APP_SECRET once, keep it under DATA_DIR and reuse it', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'alliance-config-'));
    const messages: string[] = [];
    const first = loadAppConfig({ DATA_DIR: dataDir }, (message) => messages.push(message));
    const second = loadAppConfig({ DATA_DIR: dataDir }, (message) => messages.push(message));
    expect(first.appSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.appSecret).toBe(first.appSecret);
    expect(readFileSync(path.join(dataDir, 'app-secret'), 'utf8').trim()).toBe(first.appSecret);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/generated one for development/);
  });

  it('should read numbers and trim the trailing slash of PUBLIC_URL', () => {
    const config = loadAppConfig({ PORT: '8080', PUBLIC_URL: 'https://crm.example.org/', APP_SECRET: 'x'.repeat(40) }, quiet);
    expect(config.PORT).toBe(8080);
    expect(config.PUBLIC_URL).toBe('https://crm.example.org');
    expect(config.secureCookies).toBe(true);
  });
});

describe('security settings', () => {
  const secret = { APP_SECRET: 'x'.repeat(40) };

  it('should default to the documented limits, same-origin only', () => {
    const config = loadAppConfig(secret, quiet);
    expect(config).toMatchObject({ GRAPHQL_MAX_DEPTH: 10, GRAPHQL_MAX_COMPLEXITY: 25000, GRAPHQL_MAX_ALIASES: 30 });
    expect(config.httpBodyLimitBytes).toBe(1024 * 1024);
    expect(config.corsOrigins).toEqual([]);
    expect(config.publicOrigin).toBe('http://localhost:3000');
  });

  it('should read body limits in bytes, kb and mb, and a list of origins', () => {
    const config = loadAppConfig({ ...secret, HTTP_BODY_LIMIT: '512kb', CORS_ORIGINS: 'https://a.example.org, HTTPS://B.example.org:443,http://localhost:4200' }, quiet);
    expect(config.httpBodyLimitBytes).toBe(512 * 1024);
    expect(config.corsOrigins).toEqual(['https://a.example.org', 'https://b.example.org', 'http://localhost:4200']);
    expect(loadAppConfig({ ...secret, HTTP_BODY_LIMIT: '2000' }, quiet).httpBodyLimitBytes).toBe(2000);
  });

  it('should name malformed security settings', () => {
    const problems = problemsOf({
      ...secret,
      GRAPHQL_MAX_DEPTH: '1',
      GRAPHQL_MAX_COMPLEXITY: 'lots',
      GRAPHQL_MAX_ALIASES: '-1',
      HTTP_BODY_LIMIT: '1 gigabyte',
      CORS_ORIGINS: 'https://a.example.org/path',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'CORS_ORIGINS',
      'GRAPHQL_MAX_ALIASES',
      'GRAPHQL_MAX_COMPLEXITY',
      'GRAPHQL_MAX_DEPTH',
      'HTTP_BODY_LIMIT',
    ]);
  });
});
