import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, AccessRule, ANONYMOUS, SIGNED_IN } from '../core/auth/allow.decorator';
import { httpOf } from '../core/auth/request-auth';
import { forbidden, unauthenticated } from '../core/graphql/errors';
import { SessionsService } from './sessions.service';

/** Global guard: an operation runs only if its @Allow rule admits the caller. No rule, no access. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const isGraphql = context.getType<string>() === 'graphql';
    if (!rule) throw isGraphql ? forbidden('This operation has no access rule, so it is refused.') : new ForbiddenException();
    const { user } = await this.sessions.resolve(httpOf(context).req);
    if (rule === ANONYMOUS) return true;
    if (!user) throw isGraphql ? unauthenticated() : new UnauthorizedException();
    if (rule === SIGNED_IN || rule.includes(user.role)) return true;
    throw isGraphql ? forbidden() : new ForbiddenException();
  }
}
