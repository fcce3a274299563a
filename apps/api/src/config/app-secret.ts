import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppConfig } from './app-config';
import { ConfigurationError } from './validate-environment';

const SECRET_FILE = 'app-secret';

/**
 * Production requires APP_SECRET. Elsewhere a missing one is generated once and kept under DATA_DIR,
 * so sessions survive restarts of a developer's machine without anyone having to invent a secret.
 */
export function resolveAppSecret(config: AppConfig, announce: (message: string) => void): void {
  if (config.APP_SECRET) return;
  if (config.isProduction) {
    throw new ConfigurationError([
      'APP_SECRET: is required when NODE_ENV=production (at least 32 characters; generate one with: openssl rand -base64 48)',
    ]);
  }
  const file = path.resolve(config.DATA_DIR, SECRET_FILE);
  if (existsSync(file)) {
    config.APP_SECRET = readFileSync(file, 'utf8').trim();
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  config.APP_SECRET = randomBytes(48).toString('base64url');
  writeFileSync(file, `${config.APP_SECRET}\n`, { mode: 0o600 });
  announce(`APP_SECRET is not set: generated one for development and kept it in ${file}. Set APP_SECRET in production.`);
}
