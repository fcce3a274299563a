import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isSupportedLanguage, Language, PASSWORD_MIN_LENGTH, Role, UserStatus } from '@alliance/domain';
import { isEmail } from 'class-validator';
import { hashPassword } from '../auth/passwords';
import { ConfigurationError } from '../config/validate-environment';
import { AuditService } from '../core/audit/audit.service';
import { DirectoryInUseError } from '../core/database/directory-lock';
import { UserEntity } from '../users/user.entity';
import { withCommandDatabase } from './command-database';

const USAGE = `Usage: npm run user:create -- --email EMAIL --role coordinator|advocate|analyst [--name NAME] [--password PASSWORD] [--language en|fr]
Creates an active user, typically the first coordinator. Without --password (or ALLIANCE_USER_PASSWORD),
a strong password is generated and printed once.`;

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      language: { type: 'string', default: Language.EN },
    },
  });
  const email = values.email?.trim() ?? '';
  if (!isEmail(email)) throw new UsageError('--email: must be an email address, e.g. name@example.org');
  const role = values.role?.toUpperCase() as Role;
  if (!Object.values(Role).includes(role) || role === Role.MEMBER) {
    throw new UsageError('--role: must be coordinator, advocate or analyst (members are invited from the admin, with their organisation)');
  }
  const language = values.language ?? Language.EN;
  if (!isSupportedLanguage(language)) throw new UsageError('--language: must be en or fr');
  const given = values.password ?? process.env.ALLIANCE_USER_PASSWORD;
  if (given !== undefined && given.length < PASSWORD_MIN_LENGTH) {
    throw new UsageError(`--password: must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const name = values.name?.trim() || email.split('@')[0];
  return { email, role, name, language, password: given ?? randomBytes(18).toString('base64url'), generated: given === undefined };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  await withCommandDatabase({}, async (dataSource) => {
    const audit = new AuditService();
    const passwordHash = await hashPassword(options.password);
    await dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email: options.email })) {
        throw new UsageError(`--email: ${options.email} is already used by another user`);
      }
      const user = manager.create(UserEntity, {
        email: options.email,
        name: options.name,
        role: options.role,
        status: UserStatus.ACTIVE,
        language: options.language,
        organisationId: null,
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
    });
    process.stdout.write(`Created ${options.role.toLowerCase()} ${options.email}.\n`);
    if (options.generated) process.stdout.write(`Password (shown once, change it after signing in): ${options.password}\n`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  else if (error instanceof ConfigurationError || error instanceof DirectoryInUseError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Could not create the user: ${String(error)}\n`);
  process.exit(1);
});
