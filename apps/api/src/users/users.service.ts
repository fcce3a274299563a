import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, Role, UserStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service';
import { escapeLike } from '../core/database/sql';
import { SignedInUser } from '../core/auth/request-auth';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { MailService } from '../core/mail/mail.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { invitationMail } from './invitation-mail';
import { InvitationsService } from './invitations.service';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';
import { usersError, UsersErrorCode } from './users.errors';
import { ChangeUserRoleInput, InviteUserInput, UsersArgs } from './users.inputs';

/** Fields of a user that the audit trail follows. */
const AUDITED_FIELDS = ['email', 'name', 'role', 'status', 'organisationId', 'language'] as const;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
    private readonly mail: MailService,
  ) {}

  async list({ first, after, filter }: UsersArgs, { staffOnly = false } = {}): Promise<Connection<UserModel>> {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('user');
    if (staffOnly) query.where('user.role <> :member AND user.status = :active', { member: Role.MEMBER, active: UserStatus.ACTIVE });
    if (filter?.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter?.status) query.andWhere('user.status = :status', { status: filter.status });
    if (filter?.search) {
      query.andWhere('(user.name ILIKE :search OR user.email ILIKE :search)', { search: `%${escapeLike(filter.search)}%` });
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(lower(user.name), user.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(user.name)', 'ASC').addOrderBy('user.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.name.toLowerCase(), row.id], (row) => row);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** The invitation mail is queued with the user, in one transaction: both or neither, Redis up or not. */
  invite(actor: SignedInUser, input: InviteUserInput): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email: input.email })) throw usersError(UsersErrorCode.EMAIL_TAKEN);
      if (input.role === Role.MEMBER) await this.assertOrganisationExists(manager, input.organisationId);
      const created = manager.create(UserEntity, {
        email: input.email,
        name: input.name,
        role: input.role,
        status: UserStatus.INVITED,
        organisationId: input.role === Role.MEMBER ? (input.organisationId ?? null) : null,
        language: input.language ?? Language.EN,
      });
      await manager.save(created);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.invite',
        entityType: 'user',
        entityId: created.id,
        changes: this.audit.changesBetween(null, created, AUDITED_FIELDS),
      });
      await this.mail.enqueueInTransaction(manager, await this.invitationFor(manager, created, actor));
      return created;
    });
  }

  resendInvitation(actor: SignedInUser, userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockUser(manager, userId);
      if (found.status !== UserStatus.INVITED) throw usersError(UsersErrorCode.NOT_INVITED);
      await this.audit.record(manager, { actorId: actor.id, action: 'user.resend-invitation', entityType: 'user', entityId: found.id });
      await this.mail.enqueueInTransaction(manager, await this.invitationFor(manager, found, actor));
      return found;
    });
  }

  async changeRole(actor: SignedInUser, input: ChangeUserRoleInput): Promise<UserEntity> {
    if (input.role === Role.MEMBER) await this.assertOrganisationExists(this.dataSource.manager, input.organisationId);
    return this.update(actor, input.userId, 'user.change-role', (user) => {
      user.role = input.role;
      user.organisationId = input.role === Role.MEMBER ? (input.organisationId ?? null) : null;
    });
  }

  disable(actor: SignedInUser, userId: string): Promise<UserEntity> {
    return this.update(actor, userId, 'user.disable', (user) => {
      user.status = UserStatus.DISABLED;
    });
  }

  enable(actor: SignedInUser, userId: string): Promise<UserEntity> {
    return this.update(actor, userId, 'user.enable', (user, hasPassword) => {
      user.status = hasPassword ? UserStatus.ACTIVE : UserStatus.INVITED;
    });
  }

  async updatePreferences(actor: SignedInUser, language: Language): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, actor.id);
      const before = { ...user };
      user.language = language;
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.update-preferences',
        entityType: 'user',
        entityId: user.id,
        changes: this.audit.changesBetween(before, user, AUDITED_FIELDS),
      });
      return user;
    });
  }

  /** A coordinator changing another user; guards against locking the alliance out of its own CRM. */
  private update(
    actor: SignedInUser,
    userId: string,
    action: string,
    change: (user: UserEntity, hasPassword: boolean) => void,
  ): Promise<UserEntity> {
    if (actor.id === userId) throw usersError(UsersErrorCode.CANNOT_CHANGE_SELF);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      const hasPassword = await this.hasPassword(manager, userId);
      const before = { ...user };
      change(user, hasPassword);
      await this.ensureACoordinatorRemains(manager, before, user);
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.id,
        action,
        entityType: 'user',
        entityId: user.id,
        changes: this.audit.changesBetween(before, user, AUDITED_FIELDS),
      });
      return user;
    });
  }

  private async ensureACoordinatorRemains(manager: EntityManager, before: UserEntity, after: UserEntity): Promise<void> {
    const wasActiveCoordinator = before.role === Role.COORDINATOR && before.status === UserStatus.ACTIVE;
    const isActiveCoordinator = after.role === Role.COORDINATOR && after.status === UserStatus.ACTIVE;
    if (!wasActiveCoordinator || isActiveCoordinator) return;
    // Lock every active coordinator row so two concurrent demotions cannot both pass this check.
    const others = await manager
      .createQueryBuilder(UserEntity, 'user')
      .setLock('pessimistic_write')
      .where('user.role = :role AND user.status = :status AND user.id <> :id', {
        role: Role.COORDINATOR,
        status: UserStatus.ACTIVE,
        id: after.id,
      })
      .getMany();
    if (others.length === 0) throw usersError(UsersErrorCode.LAST_COORDINATOR);
  }

  private async assertOrganisationExists(manager: EntityManager, organisationId: string | undefined): Promise<void> {
    if (!organisationId || !(await manager.existsBy(OrganisationEntity, { id: organisationId }))) {
      throw usersError(UsersErrorCode.UNKNOWN_ORGANISATION);
    }
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<UserEntity> {
    const user = await manager
      .createQueryBuilder(UserEntity, 'user')
      .setLock('pessimistic_write')
      .where('user.id = :userId', { userId })
      .getOne();
    if (!user) throw usersError(UsersErrorCode.USER_NOT_FOUND);
    return user;
  }

  private async hasPassword(manager: EntityManager, userId: string): Promise<boolean> {
    const row = await manager
      .createQueryBuilder(UserEntity, 'user')
      .select('user.passwordHash IS NOT NULL', 'has')
      .where('user.id = :userId', { userId })
      .getRawOne<{ has: boolean }>();
    return row?.has ?? false;
  }

  private async invitationFor(manager: EntityManager, user: UserEntity, actor: SignedInUser) {
    const { link, expiresAt } = await this.invitations.issue(manager, user, actor.id);
    return invitationMail({
      to: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      inviterName: actor.name,
      link,
      expiresAt,
    });
  }
}
