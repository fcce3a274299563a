import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Raised at start-up when the environment is missing or malformed; lists every problem at once. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Validates environment variables against a class of class-validator rules and returns a typed instance.
 * Each module that needs settings declares its own class (no single giant config class).
 */
export function validateEnvironment<T extends object>(
  schema: new () => T,
  environment: Record<string, string | undefined>,
): T {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const instance = plainToInstance(schema, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(instance, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) throw new ConfigurationError(errors.flatMap(describe));
  return instance;
}

function describe(error: ValidationError): string[] {
  // One message per variable: the first rule it breaks.
  // Messages are written per rule to say what is expected; the received value is never echoed (it may be a secret).
  const [first] = Object.values(error.constraints ?? {});
  return first ? [`${error.property}: ${first}`] : [];
}
