import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Language, Role, UserStatus } from '@alliance/domain';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, ProcessRole } from '../../src/app.module';
import { hashPassword } from '../../src/auth/passwords';
import { AppConfig } from '../../src/config/app-config';
import { loadAppConfig } from '../../src/config/load-config';
import { closeRedisConnection } from '../../src/core/redis/redis-connection-end';
import { configureHttpApp } from '../../src/http-app';
import { UserEntity } from '../../src/users/user.entity';
import { SmtpSink } from '@alliance/testing';
import { embeddedStack, startEmbeddedTestDatabase } from './embedded-template';
import { cloneTemplateDatabase, databaseUrl, dropDatabase, TEST_DATABASE_PREFIX } from './test-database';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_PASSWORD = 'correct horse battery staple';
let counter = 0;

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The environment the app was configured from (to start another process role on the same stack). */
  environment: Record<string, string>;
  smtp: SmtpSink;
  dataSource: DataSource;
  /** A new client with its own cookie jar (a separate browser). */
  client(): GraphqlClient;
  /** Creates an active user with TEST_PASSWORD directly in the database. */
  createUser(fields: { email: string; role: Role; name?: string; organisationId?: string | null }): Promise<UserEntity>;
  /** A client signed in as a new active user of the role. */
  signedIn(role: Role, email?: string): Promise<GraphqlClient>;
  close(): Promise<void>;
}

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; [key: string]: unknown } }[];
  headers: Record<string, string | string[] | undefined>;
}

export class GraphqlClient {
  readonly agent: ReturnType<typeof request.agent>;

  constructor(app: INestApplication) {
    // As a browser on the admin's page: signed-in requests that change data must name their origin.
    this.agent = request.agent(app.getHttpServer()).set('Origin', app.get(AppConfig).publicOrigin);
  }

  async query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await this.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', 'true')
      .send({ query, variables });
    return { status: response.status, data: response.body.data ?? null, errors: response.body.errors, headers: response.headers };
  }

  /** Runs the operation and fails the test with the API's own error if there is one. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.query<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<GraphqlResult> {
    return this.query('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id role } }', { input: { email, password } });
  }
}

/** Boots the real application (API and worker) on its own database, Redis prefix and SMTP sink. */
export async function createTestApp(overrides: Record<string, string> = {}, role: ProcessRole = 'all'): Promise<TestApp> {
  const id = `${process.pid}_${++counter}_${Date.now().toString(36)}`;
  const database = `${TEST_DATABASE_PREFIX}_${id}`;
  // The embedded stack: a PGlite of its own and the in-process queue (no Redis); mail still goes to the SMTP sink.
  const embedded = embeddedStack() ? await startEmbeddedTestDatabase(database) : null;
  if (!embedded) await cloneTemplateDatabase(database);
  const smtp = await new SmtpSink().start();
  const environment: Record<string, string> = {
    NODE_ENV: 'test',
    ...(embedded ? { DATABASE_URL: embedded.url, QUEUE_DRIVER: 'inline' } : { DATABASE_URL: databaseUrl(database), REDIS_URL: TEST_REDIS_URL }),
    REDIS_PREFIX: `test_${id}`,
    SMTP_URL: smtp.url,
    APP_SECRET: 'test-secret-that-is-long-enough-for-the-rules',
    PUBLIC_URL: 'http://admin.test',
    LOG_LEVEL: 'silent',
    ...overrides,
  };
  const config = loadAppConfig(environment);
  const app = await NestFactory.create(AppModule.forRole(config, role), { logger: false });
  configureHttpApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  let users = 0;

  const testApp: TestApp = {
    app,
    config,
    environment,
    smtp,
    dataSource,
    client: () => new GraphqlClient(app),
    async createUser({ email, role, name, organisationId }) {
      const user = dataSource.getRepository(UserEntity).create({
        email,
        role,
        name: name ?? email.split('@')[0],
        status: UserStatus.ACTIVE,
        language: Language.EN,
        organisationId: organisationId ?? null,
        passwordHash: await hashPassword(TEST_PASSWORD),
      });
      return dataSource.getRepository(UserEntity).save(user);
    },
    async signedIn(role, email) {
      const address = email ?? `${role.toLowerCase()}${++users}@alliance.test`;
      await testApp.createUser({ email: address, role });
      const client = testApp.client();
      const result = await client.signIn(address);
      if (result.errors) throw new Error(`Could not sign in: ${JSON.stringify(result.errors)}`);
      return client;
    },
    async close() {
      await app.close();
      await smtp.stop();
      if (embedded) {
        await embedded.remove();
        return;
      }
      await dropDatabase(database);
      await deleteRedisKeys(TEST_REDIS_URL, `test_${id}`);
    },
  };
  return testApp;
}

async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    await closeRedisConnection(redis);
  }
}
