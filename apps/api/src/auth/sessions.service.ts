import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserStatus } from '@alliance/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AuthenticatedRequest, RequestAuth, SignedInUser } from '../core/auth/request-auth';
import { generateToken, hashToken } from '../core/security/tokens';
import { readSessionToken } from './session-cookie';
import { SessionEntity } from './session.entity';

const TOKEN_PURPOSE = 'session';
const TOUCH_INTERVAL_MS = 60_000;
const ANONYMOUS: RequestAuth = Object.freeze({ user: null, sessionId: null });

/** Server-side sessions: created at sign-in, checked on every request, revocable at any time. */
@Injectable()
export class SessionsService {
  private readonly pendingLookups = new WeakMap<AuthenticatedRequest, Promise<RequestAuth>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Who is behind this request (cached on it). Expired sessions and disabled users count as anonymous.
   * The root fields of one GraphQL operation are authorised concurrently: they share one lookup.
   */
  async resolve(req: AuthenticatedRequest): Promise<RequestAuth> {
    if (req.auth) return req.auth;
    let pending = this.pendingLookups.get(req);
    if (!pending) {
      const token = readSessionToken(req);
      pending = token ? this.lookup(this.sessionId(token)) : Promise.resolve(ANONYMOUS);
      this.pendingLookups.set(req, pending);
    }
    req.auth = await pending;
    return req.auth;
  }

  /** Creates a session for the user; returns the token for the cookie. */
  async create(manager: EntityManager, userId: string): Promise<string> {
    const token = generateToken();
    const now = new Date();
    await manager.insert(SessionEntity, {
      id: this.sessionId(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_DAYS * 24 * 3600 * 1000),
    });
    return token;
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }

  /** Signs the user out of every browser. Returns how many sessions ended. */
  async revokeAll(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.delete(SessionEntity, { userId });
    return result.affected ?? 0;
  }

  private sessionId(token: string): string {
    return hashToken(this.config.appSecret, TOKEN_PURPOSE, token);
  }

  private async lookup(sessionId: string): Promise<RequestAuth> {
    const idleCutoff = new Date(Date.now() - this.config.SESSION_IDLE_MINUTES * 60_000);
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :sessionId', { sessionId })
      .andWhere('session.expiresAt > now()')
      .andWhere('session.lastSeenAt > :idleCutoff', { idleCutoff })
      .andWhere('user.status = :active', { active: UserStatus.ACTIVE })
      .getOne();
    if (!session?.user) return ANONYMOUS;
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { lastSeenAt: new Date() });
    }
    const { id, email, name, role, organisationId, language } = session.user;
    const user: SignedInUser = { id, email, name, role, organisationId, language };
    return { user, sessionId };
  }
}
