import { DynamicModule, Module, Type } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { AuditModule } from './core/audit/audit.module';
import { DatabaseModule } from './core/database/database.module';
import { GraphqlApiModule } from './core/graphql/graphql-api.module';
import { HealthModule } from './core/health/health.module';
import { LoggingModule } from './core/logging/logging.module';
import { MailJobsModule, MailModule } from './core/mail/mail.module';
import { QueueWorkerModule } from './core/queue/queue-worker.module';
import { QueueModule } from './core/queue/queue.module';
import { RedisModule } from './core/redis/redis.module';
import { UsersModule } from './users/users.module';
import { CountriesModule } from './countries/countries.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ContactsModule } from './contacts/contacts.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { SearchModule } from './search/search.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { TasksJobsModule, TasksModule } from './tasks/tasks.module';
import { InteractionsModule } from './interactions/interactions.module';
import { CalendarModule } from './calendar/calendar.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DocumentsModule } from './documents/documents.module';
import { MailingsJobsModule, MailingsModule } from './mailings/mailings.module';

export type ProcessRole = 'api' | 'worker' | 'all';

/** Where the built admin lives, relative to the compiled API and to the sources (tests). */
export function adminBuildDirectory(): string | null {
  const candidates = [
    process.env.ADMIN_DIST_DIR,
    path.resolve(__dirname, '../../../../admin'), // dist/api/apps/api/src -> dist/admin
    path.resolve(__dirname, '../../../dist/admin'), // apps/api/src -> dist/admin
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'index.html'))) ?? null;
}

function adminStaticModules(): DynamicModule[] {
  const rootPath = adminBuildDirectory();
  return rootPath ? [ServeStaticModule.forRoot({ rootPath, exclude: ['/graphql{*rest}', '/health{*rest}', '/api/{*rest}'] })] : [];
}

const DOMAIN_MODULES: Type[] = [AuditModule, UsersModule, AuthModule, CountriesModule, OrganisationsModule, ContactsModule, InstitutionsModule, SearchModule, CampaignsModule, TasksModule, InteractionsModule, CalendarModule, DashboardModule, DocumentsModule, MailingsModule];
/** Queue handlers, registered only where jobs run. */
const JOB_MODULES: Type[] = [MailJobsModule, TasksJobsModule, MailingsJobsModule];

/** Wires modules for a process role; nothing else. */
@Module({})
export class AppModule {
  static forRole(config: AppConfig, role: ProcessRole): DynamicModule {
    const serves = role === 'api' || role === 'all';
    const works = role === 'worker' || role === 'all';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forConfig(config),
        LoggingModule,
        DatabaseModule,
        RedisModule.forDriver(config.queueDriver),
        QueueModule.forDriver(config.queueDriver),
        MailModule,
        ...DOMAIN_MODULES,
        ...(serves ? [GraphqlApiModule, HealthModule, ...adminStaticModules()] : []),
        ...(works ? [QueueWorkerModule, ...JOB_MODULES] : []),
      ],
    };
  }
}
