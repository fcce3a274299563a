import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserStatus } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { RequestAuth } from '../core/auth/request-auth';
import { InvitationsService } from '../users/invitations.service';
import { UserEntity } from '../users/user.entity';
import { InvitationPreviewModel } from '../users/user.model';
import { authError, AuthErrorCode } from './auth.errors';
import { AcceptInvitationInput, SignInInput } from './auth.inputs';
import { hashPassword, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

export interface SignedIn {
  user: UserEntity;
  /** For the cookie; never logged or stored. */
  token: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the password and opens a new session (rotating away any session the browser had).
   * Every failure looks the same: no hint whether the account exists or is disabled.
   */
  async signIn(input: SignInInput, client: string, current: RequestAuth): Promise<SignedIn> {
    await this.throttle.assertAllowed(input.email, client);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: input.email })
      .getOne();
    const passwordMatches = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !passwordMatches || user.status !== UserStatus.ACTIVE) {
      await this.throttle.recordFailure(input.email, client);
      throw authError(AuthErrorCode.INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(input.email);
    const token = await this.dataSource.transaction(async (manager) => {
      if (current.sessionId) await this.sessions.revoke(manager, current.sessionId);
      user.lastSignInAt = new Date();
      await manager.update(UserEntity, { id: user.id }, { lastSignInAt: user.lastSignInAt });
      await this.audit.record(manager, { actorId: user.id, action: 'session.sign-in', entityType: 'user', entityId: user.id });
      return this.sessions.create(manager, user.id);
    });
    delete (user as Partial<UserEntity>).passwordHash;
    return { user, token };
  }

  async signOut(current: RequestAuth, everywhere: boolean): Promise<void> {
    if (!current.user || !current.sessionId) return;
    const { user, sessionId } = current;
    await this.dataSource.transaction(async (manager) => {
      if (everywhere) await this.sessions.revokeAll(manager, user.id);
      else await this.sessions.revoke(manager, sessionId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: everywhere ? 'session.sign-out-everywhere' : 'session.sign-out',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  async previewInvitation(token: string): Promise<InvitationPreviewModel> {
    const found = await this.invitations.find(this.dataSource.manager, token);
    if (found.state === 'expired') throw authError(AuthErrorCode.INVITATION_EXPIRED);
    if (found.state !== 'valid' || found.user.status !== UserStatus.INVITED) throw authError(AuthErrorCode.INVITATION_INVALID);
    return { email: found.user.email, name: found.user.name, role: found.user.role, expiresAt: found.invitation.expiresAt };
  }

  /** Sets the password, activates the account and signs the person in, all or nothing. */
  async acceptInvitation(input: AcceptInvitationInput, current: RequestAuth): Promise<SignedIn> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.invitations.find(manager, input.token, true);
      if (found.state === 'expired') throw authError(AuthErrorCode.INVITATION_EXPIRED);
      if (found.state !== 'valid' || found.user.status !== UserStatus.INVITED) throw authError(AuthErrorCode.INVITATION_INVALID);
      const { user, invitation } = found;
      const before = { ...user };
      user.status = UserStatus.ACTIVE;
      user.name = input.name ?? user.name;
      user.lastSignInAt = new Date();
      await manager.update(UserEntity, { id: user.id }, { status: user.status, name: user.name, passwordHash, lastSignInAt: user.lastSignInAt });
      await this.invitations.markAccepted(manager, invitation);
      if (current.sessionId) await this.sessions.revoke(manager, current.sessionId);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.accept-invitation',
        entityType: 'user',
        entityId: user.id,
        changes: [...this.audit.changesBetween(before, user, ['status', 'name']), { field: 'password', from: null, to: null }],
      });
      return { user, token: await this.sessions.create(manager, user.id) };
    });
  }
}
