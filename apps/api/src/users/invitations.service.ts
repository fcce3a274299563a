import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { generateToken, hashToken } from '../core/security/tokens';
import { InvitationEntity } from './invitation.entity';
import { UserEntity } from './user.entity';

const TOKEN_PURPOSE = 'invitation';

export type InvitationLookup =
  | { state: 'valid'; invitation: InvitationEntity; user: UserEntity }
  | { state: 'expired' | 'invalid' };

/** Invitation links: issued with a fresh token, looked up by its hash, usable once, until they expire. */
@Injectable()
export class InvitationsService {
  constructor(private readonly config: AppConfig) {}

  /** Replaces any earlier unaccepted invitation of the user; returns the link to mail. */
  async issue(manager: EntityManager, user: UserEntity, invitedById: string | null): Promise<{ link: string; expiresAt: Date }> {
    await manager.delete(InvitationEntity, { userId: user.id, acceptedAt: IsNull() });
    const token = generateToken();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_VALID_DAYS * 24 * 3600 * 1000);
    await manager.insert(InvitationEntity, {
      userId: user.id,
      tokenHash: hashToken(this.config.appSecret, TOKEN_PURPOSE, token),
      expiresAt,
      invitedById,
      acceptedAt: null,
    });
    return { link: `${this.config.PUBLIC_URL}/accept-invitation?token=${encodeURIComponent(token)}`, expiresAt };
  }

  /** Locks the invitation row when `forUpdate`, so two clicks on one link cannot both accept it. */
  async find(manager: EntityManager, token: string, forUpdate = false): Promise<InvitationLookup> {
    const query = manager
      .createQueryBuilder(InvitationEntity, 'invitation')
      .innerJoinAndSelect('invitation.user', 'user')
      .where('invitation.tokenHash = :hash', { hash: hashToken(this.config.appSecret, TOKEN_PURPOSE, token) });
    if (forUpdate) query.setLock('pessimistic_write', undefined, ['invitation']);
    const invitation = await query.getOne();
    if (!invitation || !invitation.user || invitation.acceptedAt) return { state: 'invalid' };
    if (invitation.expiresAt.getTime() <= Date.now()) return { state: 'expired' };
    return { state: 'valid', invitation, user: invitation.user };
  }

  async markAccepted(manager: EntityManager, invitation: InvitationEntity): Promise<void> {
    await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
  }
}
