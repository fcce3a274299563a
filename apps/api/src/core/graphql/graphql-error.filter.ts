import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode, serviceUnavailable, unavailableDependency } from './errors';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * Errors raised on purpose (bad input, access refused...) go to the client as they are, without an
 * error log: as GraphQL errors on /graphql, as JSON with the matching status on plain HTTP routes.
 * Postgres or Redis being unreachable becomes SERVICE_UNAVAILABLE (503 on plain routes), logged as one
 * warning line rather than a stack trace per request. Anything else takes Nest's usual way (logged in
 * full; a generic message to the client).
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Dependencies');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    let error = exception instanceof GraphQLError ? exception : null;
    const dependency = error ? null : unavailableDependency(exception);
    if (dependency) {
      this.logger.warn({ dependency, reason: exception instanceof Error ? exception.message : String(exception) }, `refused a request: ${dependency} unavailable`);
      error = serviceUnavailable(dependency);
    }
    const http = host.getType<string>() === 'http';
    if (!error) {
      // GraphQL: returning nothing hands the error back to Nest, which logs it and lets Apollo report it.
      if (http) super.catch(exception, host);
      return;
    }
    if (!http) return error;
    const code = String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 500)
      .json({ message: error.message, ...error.extensions });
  }
}
