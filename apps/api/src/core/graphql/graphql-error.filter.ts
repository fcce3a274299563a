import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_ATTEMPTS]: 429,
};

/**
 * Errors raised on purpose (bad input, access refused...) go to the client as they are, without an
 * error log: as GraphQL errors on /graphql, as JSON with the matching status on plain HTTP routes.
 */
@Catch(GraphQLError)
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() !== 'http') return exception;
    const code = String(exception.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 500)
      .json({ message: exception.message, ...exception.extensions });
  }
}
