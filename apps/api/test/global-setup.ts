import { embeddedStack, createEmbeddedTemplate } from './support/embedded-template';
import { createTemplateDatabase, dropLeftoverTestDatabases } from './support/test-database';

export default async function globalSetup(): Promise<void> {
  if (embeddedStack()) {
    await createEmbeddedTemplate();
    return;
  }
  await dropLeftoverTestDatabases();
  await createTemplateDatabase();
}
