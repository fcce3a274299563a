import { createTemplateDatabase, dropLeftoverTestDatabases } from './support/test-database';

export default async function globalSetup(): Promise<void> {
  await dropLeftoverTestDatabases();
  await createTemplateDatabase();
}
