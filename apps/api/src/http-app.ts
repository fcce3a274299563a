import { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { Express } from 'express';
import { createValidationPipe } from './core/graphql/validation.pipe';

/** HTTP set-up shared by the real server and the integration tests, so both behave the same. */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  // Behind one reverse proxy (see README): take the client address from it, for throttling only.
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.enableShutdownHooks();
  return app;
}
