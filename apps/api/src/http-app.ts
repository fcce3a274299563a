import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Express } from 'express';
import { SESSION_COOKIE } from './auth/session-cookie';
import { AppConfig } from './config/app-config';
import { createValidationPipe } from './core/graphql/validation.pipe';
import { bodyErrors, corsForListedOrigins, crossSiteRequestCheck, securityHeaders } from './core/security/http-security';

/**
 * HTTP set-up shared by the real server and the integration tests, so both behave the same.
 * Order matters: headers first (every answer carries them, refusals included), then CORS, the
 * cross-site check (before any body is read), then the body parsers with their limit.
 */
export function configureHttpApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  app.use(securityHeaders(config));
  app.use(corsForListedOrigins(config));
  app.use(cookieParser());
  app.use(crossSiteRequestCheck(config, SESSION_COOKIE));
  // Nest adds its own JSON and form parsers (100 kB) only where none is registered yet. CSV imports
  // (text/csv, streamed) and uploads (multipart, multer) are not parsed here and keep their own limits.
  express.useBodyParser('json', { limit: config.httpBodyLimitBytes });
  express.useBodyParser('urlencoded', { limit: config.httpBodyLimitBytes, extended: true });
  app.use(bodyErrors(config.httpBodyLimitBytes));
  app.useGlobalPipes(createValidationPipe());
  // Behind one reverse proxy (see README): take the client address from it, for throttling only.
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', 'loopback, linklocal, uniquelocal');
  return app;
}
