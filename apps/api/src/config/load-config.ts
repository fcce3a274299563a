import { AppConfig } from './app-config';
import { resolveAppSecret } from './app-secret';
import { validateEnvironment } from './validate-environment';

/** Reads and validates the core configuration; throws ConfigurationError naming every bad variable. */
export function loadAppConfig(
  environment: Record<string, string | undefined> = process.env,
  announce: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): AppConfig {
  const config = validateEnvironment(AppConfig, environment);
  resolveAppSecret(config, announce);
  return config;
}
