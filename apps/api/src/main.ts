import 'reflect-metadata';
import { ProcessRole } from './app.module';
import { bootProcess, refuseSplitRoleWithoutRedis } from './boot';
import { loadAppConfig } from './config/load-config';
import { ConfigurationError } from './config/validate-environment';
import { DirectoryInUseError } from './core/database/directory-lock';
import { chooseRuntimeStack, startRuntimeStack } from './core/runtime/runtime-stack';

const ROLES: readonly ProcessRole[] = ['api', 'worker', 'all'];

function roleFromArguments(argv: readonly string[]): ProcessRole {
  const argument = argv.find((arg) => arg.startsWith('--role='));
  const role = (argument?.slice('--role='.length) ?? 'all') as ProcessRole;
  if (!ROLES.includes(role)) throw new ConfigurationError([`--role: must be one of ${ROLES.join(', ')}`]);
  return role;
}

async function bootstrap(): Promise<void> {
  const role = roleFromArguments(process.argv);
  const config = loadAppConfig();
  const stack = await chooseRuntimeStack(config, { queue: true, mail: true });
  refuseSplitRoleWithoutRedis(role, stack);
  const runtime = await startRuntimeStack(config, stack, (message) => process.stderr.write(`${message}\n`));
  try {
    await bootProcess(config, role, runtime);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DirectoryInUseError) {
    process.stderr.write(`${error.message}\n${error instanceof ConfigurationError ? 'See the configuration table in README.md.\n' : ''}`);
  } else {
    process.stderr.write(`alliance-crm failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
