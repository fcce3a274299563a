import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { httpOf, SignedInUser } from './request-auth';

/** The signed-in user (the access guard has already resolved and checked the session). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInUser | null => {
  return httpOf(context).req.auth?.user ?? null;
});
