import { Role } from '@alliance/domain';
import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';

describe('GET /health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('should report the database and Redis as up', async () => {
    const response = await request(testApp.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  describe('with Redis unreachable', () => {
    let withoutRedis: TestApp;

    beforeAll(async () => {
      // Nothing listens on port 1: every connection attempt is refused.
      withoutRedis = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' }, 'api');
    });

    afterAll(() => withoutRedis.close());

    it('should answer 503 at once, naming Redis as down in a few words and the database as up', async () => {
      const started = Date.now();
      const response = await request(withoutRedis.app.getHttpServer()).get('/health');
      expect(Date.now() - started).toBeLessThan(2500);
      expect(response.status).toBe(503);
      expect(response.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'down', message: 'unreachable' } });
    });

    it('should refuse a sign-in (its throttle lives in Redis) with SERVICE_UNAVAILABLE and a message for people', async () => {
      const user = await withoutRedis.createUser({ email: 'no-redis@alliance.test', role: Role.ADVOCATE });
      const result = await withoutRedis.client().signIn(user.email);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^The queue and cache server is not answering/),
        extensions: { code: 'SERVICE_UNAVAILABLE', dependency: 'redis' },
      });
    });
  });
});
