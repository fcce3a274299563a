import { Language, Role, UserStatus } from '@alliance/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { AuditService } from '../core/audit/audit.service';
import { UserEntity } from '../users/user.entity';
import type { SeedContext } from './context';

/** The demo password unless --password is given: documented in the README, printed after every run. */
export const DEFAULT_DEMO_PASSWORD = 'alliance-demo-2024';

export const DEMO_USER_DOMAIN = 'alliance.demo';

export interface DemoUser {
  email: string;
  role: Role;
  name: string;
}

export function demoUserEmail(role: Role): string {
  return `demo-${role.toLowerCase()}@${DEMO_USER_DOMAIN}`;
}

/**
 * One active user per role, created as `npm run user:create` creates users (the app's password hashing,
 * an audit entry each), inside the seed's transaction. The member belongs to the given organisation.
 */
export async function createDemoUsers(manager: EntityManager, roles: readonly Role[], password: string, organisationId: string | null): Promise<(DemoUser & { id: string })[]> {
  const audit = new AuditService();
  const passwordHash = await hashPassword(password);
  const created: (DemoUser & { id: string })[] = [];
  for (const role of roles) {
    const email = demoUserEmail(role);
    if (await manager.existsBy(UserEntity, { email })) throw new Error(`A user ${email} already exists: rerun with --reset, or remove that user`);
    const name = `Demo ${role.charAt(0)}${role.slice(1).toLowerCase()}`;
    const user = manager.create(UserEntity, {
      email,
      name,
      role,
      status: UserStatus.ACTIVE,
      language: Language.EN,
      organisationId: role === Role.MEMBER ? organisationId : null,
      passwordHash,
    });
    await manager.save(user);
    await audit.record(manager, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      changes: audit.changesBetween(null, user, ['email', 'name', 'role', 'status', 'language']),
    });
    created.push({ id: user.id, email, role, name });
  }
  return created;
}

/** Further staff for the large scale, bulk-loaded without a password (they cannot sign in) and without audit entries. */
export async function generateStaffUsers(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('users', ['id', 'email', 'name', 'role', 'status', 'organisation_id', 'language', 'password_hash', 'created_at', 'updated_at']);
  const faker = context.fakers[0].faker;
  for (let i = 1; i <= counts.staffUsers; i++) {
    const id = random.uuid();
    const createdAt = clock.ago(random.int(30, 1500));
    const role = random.weighted([[Role.ADVOCATE, 60], [Role.ANALYST, 30], [Role.COORDINATOR, 10]] as const);
    loader.push('users', [id, `staff-${i}@${DEMO_USER_DOMAIN}`, faker.person.fullName(), role, UserStatus.ACTIVE, null, random.chance(0.3) ? 'fr' : 'en', null, createdAt, createdAt]);
    context.staffUserIds.push(id);
  }
  await loader.flush();
}
