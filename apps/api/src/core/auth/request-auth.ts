import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Language, Role } from '@alliance/domain';
import type { Request, Response } from 'express';

/** The signed-in person as resolvers see them: enough to authorise, nothing secret. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  language: Language;
}

export interface RequestAuth {
  user: SignedInUser | null;
  /** Hash of the session token (the database key), never the token itself. */
  sessionId: string | null;
}

export interface AuthenticatedRequest extends Request {
  auth?: RequestAuth;
}

/** The HTTP request and response behind a GraphQL operation or an HTTP route. */
export function httpOf(context: ExecutionContext): { req: AuthenticatedRequest; res: Response } {
  if (context.getType<string>() === 'graphql') {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest; res: Response }>();
    return { req, res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<AuthenticatedRequest>(), res: http.getResponse<Response>() };
}
