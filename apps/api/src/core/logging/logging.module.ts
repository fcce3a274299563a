import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '../../config/app-config';

/**
 * Structured JSON logs. Requests are logged without addresses, user agents, cookies or query strings:
 * the people in this CRM, and the sources who write to it, are targets.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
          serializers: {
            req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
            res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
            err: errorWithoutPersonalData,
          },
          redact: { paths: ['req.headers', 'res.headers'], remove: true },
        },
      }),
    }),
  ],
})
export class LoggingModule {}

/** Mail tracking links carry their token in the path: it names one recipient's delivery, so it is left out too. */
const TRACKING_PATH = /^(\/api\/public\/t\/[oc])\/[^/]+/;

export function loggedPath(url: string): string {
  return url.split('?')[0].replace(TRACKING_PATH, '$1/:token');
}

/** Fields of database errors that repeat the statement's values (addresses, names): never logged. */
const VALUE_FIELDS = ['parameters', 'detail', 'where'];

/** The standard error serializer, minus what a failed statement carries of the data it was writing. */
export function errorWithoutPersonalData(error: Error): Record<string, unknown> {
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const field of VALUE_FIELDS) delete serialized[field];
  const driverError = serialized.driverError;
  if (driverError && typeof driverError === 'object') {
    serialized.driverError = Object.fromEntries(Object.entries(driverError).filter(([field]) => !VALUE_FIELDS.includes(field)));
  }
  return serialized;
}
