import { NestFactory } from '@nestjs/core';
import { Role } from '@alliance/domain';
import { SmtpSink } from '@alliance/testing';
import { AppModule } from '../src/app.module';
import { loadAppConfig } from '../src/config/load-config';
import { createTestApp, TestApp } from './support/test-app';

describe('Separate API and worker processes', () => {
  let api: TestApp;
  let smtp: SmtpSink;

  beforeAll(async () => {
    api = await createTestApp({}, 'api');
    smtp = api.smtp;
  });

  afterAll(() => api.close());

  it('should queue mail in the API role and send it only once a worker runs', async () => {
    const coordinator = await api.signedIn(Role.COORDINATOR);
    await coordinator.ok('mutation { inviteUser(input: { email: "queued@alliance.test", name: "Queued", role: ADVOCATE }) { id } }');
    await expect(smtp.waitForMessageTo('queued@alliance.test', 1500)).rejects.toThrow(/No mail/);

    const worker = await NestFactory.createApplicationContext(
      AppModule.forRole(loadAppConfig({ ...api.environment }), 'worker'),
      { logger: false },
    );
    await worker.init();
    try {
      const mail = await smtp.waitForMessageTo('queued@alliance.test');
      expect(mail.parsed.subject).toBe('You are invited to alliance-crm');
    } finally {
      await worker.close();
    }
  });
});
