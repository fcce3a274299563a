import path from 'node:path';
import { refuseSplitRoleWithoutRedis } from '../../boot';
import { loadAppConfig } from '../../config/load-config';
import { ConfigurationError } from '../../config/validate-environment';
import { chooseRuntimeStack, withoutCredentials } from './runtime-stack';

const quiet = () => undefined;
const secret = { APP_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/alliance-data' };
const everything = { queue: true, mail: true };
const nothingAnswers = async () => false;
const everythingAnswers = async () => true;

describe(chooseRuntimeStack.name, () => {
  it('should use the embedded database, the in-process queue and the outbox when nothing is set and nothing answers', async () => {
    const stack = await chooseRuntimeStack(loadAppConfig(secret, quiet), everything, nothingAnswers);
    expect(stack).toEqual({ database: { kind: 'embedded', directory: '/tmp/alliance-data/pglite' }, queue: 'inline', mail: 'outbox' });
  });

  it('should use Postgres and Redis on their default ports when they answer', async () => {
    const stack = await chooseRuntimeStack(loadAppConfig({ ...secret, SMTP_URL: 'smtp://127.0.0.1:1025' }, quiet), everything, everythingAnswers);
    expect(stack).toEqual({ database: { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/alliance' }, queue: 'bull', mail: 'smtp' });
  });

  it('should choose the embedded stack when told to, even where Postgres and Redis answer', async () => {
    const config = loadAppConfig({ ...secret, DATABASE_URL: 'pglite:relative/dir', QUEUE_DRIVER: 'inline', REDIS_URL: 'redis://127.0.0.1:6379' }, quiet);
    const stack = await chooseRuntimeStack(config, everything, everythingAnswers);
    expect(stack.database).toEqual({ kind: 'embedded', directory: path.resolve('relative/dir') });
    expect(stack.queue).toBe('inline');
  });

  it('should guess nothing in production, naming every setting it needs', async () => {
    const config = loadAppConfig({ ...secret, NODE_ENV: 'production' }, quiet);
    const refusal = await chooseRuntimeStack(config, everything, everythingAnswers).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConfigurationError);
    expect((refusal as ConfigurationError).problems.map((problem) => problem.split(':')[0])).toEqual(['DATABASE_URL', 'REDIS_URL', 'SMTP_URL']);
    // The migration command needs the database only.
    const migrate = loadAppConfig({ ...secret, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/alliance' }, quiet);
    await expect(chooseRuntimeStack(migrate, { queue: false, mail: false }, nothingAnswers)).resolves.toMatchObject({ database: { kind: 'postgres' } });
  });

  it('should refuse a worker or an API alone on the in-process queue, and allow both in one process', async () => {
    const stack = await chooseRuntimeStack(loadAppConfig(secret, quiet), everything, nothingAnswers);
    expect(() => refuseSplitRoleWithoutRedis('worker', stack)).toThrow(/--role=worker: the in-process queue/);
    expect(() => refuseSplitRoleWithoutRedis('api', stack)).toThrow(ConfigurationError);
    expect(() => refuseSplitRoleWithoutRedis('all', stack)).not.toThrow();
  });

  it('should keep credentials out of what it prints', () => {
    expect(withoutCredentials('postgres://alliance:s3cret@db.example.org:5432/alliance')).toBe('postgres://db.example.org:5432/alliance');
  });
});
