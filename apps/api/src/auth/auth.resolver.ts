import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { Allow, ANONYMOUS, SIGNED_IN } from '../core/auth/allow.decorator';
import { AuthenticatedRequest } from '../core/auth/request-auth';
import { InvitationPreviewModel, UserModel } from '../users/user.model';
import { AcceptInvitationInput, InvitationArgs, SignInInput } from './auth.inputs';
import { AuthService } from './auth.service';
import { InvitationThrottleService } from './invitation-throttle.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
    private readonly invitationThrottle: InvitationThrottleService,
  ) {}

  @Mutation(() => UserModel, { description: 'Signs in with email and password; sets the session cookie.' })
  @Allow(ANONYMOUS)
  async signIn(@Args('input') input: SignInInput, @Context('req') req: AuthenticatedRequest, @Context('res') res: Response): Promise<UserModel> {
    const { user, token } = await this.auth.signIn(input, req.ip ?? 'unknown', await this.sessions.resolve(req));
    setSessionCookie(res, this.config, token);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session.' })
  @Allow(SIGNED_IN)
  async signOut(@Context('req') req: AuthenticatedRequest, @Context('res') res: Response): Promise<boolean> {
    await this.auth.signOut(await this.sessions.resolve(req), false);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device.' })
  @Allow(SIGNED_IN)
  async signOutEverywhere(@Context('req') req: AuthenticatedRequest, @Context('res') res: Response): Promise<boolean> {
    await this.auth.signOut(await this.sessions.resolve(req), true);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Query(() => InvitationPreviewModel, { description: 'Who an invitation link is for (before setting a password).' })
  @Allow(ANONYMOUS)
  async invitation(@Args() { token }: InvitationArgs, @Context('req') req: AuthenticatedRequest): Promise<InvitationPreviewModel> {
    await this.invitationThrottle.consume(req.ip ?? 'unknown');
    return this.auth.previewInvitation(token);
  }

  @Mutation(() => UserModel, { description: 'Sets the password of an invited user and signs them in.' })
  @Allow(ANONYMOUS)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context('req') req: AuthenticatedRequest,
    @Context('res') res: Response,
  ): Promise<UserModel> {
    await this.invitationThrottle.consume(req.ip ?? 'unknown');
    const { user, token } = await this.auth.acceptInvitation(input, await this.sessions.resolve(req));
    setSessionCookie(res, this.config, token);
    return user;
  }
}
