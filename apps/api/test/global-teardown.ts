import { embeddedStack, removeEmbeddedTemplate } from './support/embedded-template';
import { dropDatabase, TEMPLATE_DATABASE } from './support/test-database';

export default async function globalTeardown(): Promise<void> {
  if (embeddedStack()) {
    removeEmbeddedTemplate();
    return;
  }
  await dropDatabase(TEMPLATE_DATABASE);
}
