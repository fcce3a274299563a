import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule, ProcessRole } from './app.module';
import { AppConfig } from './config/app-config';
import { ConfigurationError } from './config/validate-environment';
import { RunningStack, RuntimeStack } from './core/runtime/runtime-stack';
import { configureHttpApp } from './http-app';

/**
 * With the in-process queue, jobs run only where the API runs: a worker alone would have no jobs to take, and an
 * API alone would queue jobs that never run.
 */
export function refuseSplitRoleWithoutRedis(role: ProcessRole, stack: RuntimeStack): void {
  if (stack.queue !== 'inline' || role === 'all') return;
  throw new ConfigurationError([
    `--role=${role}: the in-process queue (no Redis found, or QUEUE_DRIVER=inline) runs jobs inside the one process that serves the API. ` +
      'Start without --role (it means --role=all), or set REDIS_URL to run API and worker processes apart.',
  ]);
}

/** Boots the process role on the settled stack; SIGTERM and SIGINT stop it gracefully, the embedded database last. */
export async function bootProcess(config: AppConfig, role: ProcessRole, runtime: RunningStack): Promise<INestApplicationContext> {
  if (role === 'worker') {
    const worker = await NestFactory.createApplicationContext(AppModule.forRole(config, role), { bufferLogs: true });
    worker.useLogger(worker.get(Logger));
    stopOnSignals(worker, runtime);
    await worker.init();
    logStack(worker, runtime);
    worker.get(Logger).log('worker started');
    return worker;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRole(config, role), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM drains: in-flight requests, jobs and mail deliveries finish and are recorded before the process ends.
  stopOnSignals(app, runtime);
  configureHttpApp(app);
  await app.listen(config.PORT);
  logStack(app, runtime);
  app.get(Logger).log(`alliance-crm (${role}) listening on ${config.PUBLIC_URL} (port ${config.PORT}); GraphQL at /graphql`);
  return app;
}

function logStack(app: INestApplicationContext, runtime: RunningStack): void {
  const logger = app.get(Logger);
  for (const line of runtime.describe()) logger.log(line);
}

function stopOnSignals(app: INestApplicationContext, runtime: RunningStack): void {
  if (!runtime.ownsDatabase) {
    app.enableShutdownHooks();
    return;
  }
  // The embedded database lives in this process: it shuts down after the app has closed its connections.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    app
      .close()
      .then(() => runtime.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`alliance-crm did not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
