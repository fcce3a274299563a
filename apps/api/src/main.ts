import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule, ProcessRole } from './app.module';
import { loadAppConfig } from './config/load-config';
import { ConfigurationError } from './config/validate-environment';
import { configureHttpApp } from './http-app';

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
  if (role === 'worker') {
    const worker = await NestFactory.createApplicationContext(AppModule.forRole(config, role), { bufferLogs: true });
    worker.useLogger(worker.get(Logger));
    worker.enableShutdownHooks();
    await worker.init();
    worker.get(Logger).log('worker started');
    return;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRole(config, role), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM drains: in-flight requests, jobs and mail deliveries finish and are recorded before the process ends.
  app.enableShutdownHooks();
  configureHttpApp(app);
  await app.listen(config.PORT);
  app.get(Logger).log(`alliance-crm (${role}) listening on ${config.PUBLIC_URL} (port ${config.PORT}); GraphQL at /graphql`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
  } else {
    process.stderr.write(`alliance-crm failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
