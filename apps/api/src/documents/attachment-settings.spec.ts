import { loadAppConfig } from '../config/load-config';
import { ConfigurationError } from '../config/validate-environment';

const base = { APP_SECRET: 'a-secret-that-is-long-enough-for-the-rules-here' };

function problemsOf(environment: Record<string, string>): string[] {
  try {
    loadAppConfig({ ...base, ...environment }, () => undefined);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('Attachment settings', () => {
  it('should default to Postgres storage and 10 MiB', () => {
    const config = loadAppConfig(base, () => undefined);
    expect([config.ATTACHMENT_STORAGE, config.ATTACHMENT_MAX_BYTES, config.ATTACHMENT_DIR]).toEqual(['postgres', 10 * 1024 * 1024, undefined]);
  });

  it('should read disk storage with its directory and a limit in bytes', () => {
    const config = loadAppConfig({ ...base, ATTACHMENT_STORAGE: 'disk', ATTACHMENT_DIR: '/var/lib/alliance/attachments', ATTACHMENT_MAX_BYTES: '2097152' }, () => undefined);
    expect([config.ATTACHMENT_STORAGE, config.ATTACHMENT_DIR, config.ATTACHMENT_MAX_BYTES]).toEqual(['disk', '/var/lib/alliance/attachments', 2097152]);
  });

  it('should name a missing directory, an unknown storage and a limit that is not a size', () => {
    expect(problemsOf({ ATTACHMENT_STORAGE: 'disk' })).toEqual([expect.stringMatching(/^ATTACHMENT_DIR: must be a directory path when ATTACHMENT_STORAGE=disk/)]);
    expect(problemsOf({ ATTACHMENT_STORAGE: 's3' })).toEqual(['ATTACHMENT_STORAGE: must be one of postgres, disk']);
    expect(problemsOf({ ATTACHMENT_MAX_BYTES: '10MB' })).toEqual([expect.stringMatching(/^ATTACHMENT_MAX_BYTES: must be a whole number of bytes/)]);
    expect(problemsOf({ ATTACHMENT_MAX_BYTES: String(200 * 1024 * 1024) })).toEqual([expect.stringMatching(/^ATTACHMENT_MAX_BYTES: must be at most 104857600 bytes/)]);
  });
});
