import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { collectOperationRules, operationsWithoutRule } from '../src/core/auth/access-rules';
import { buildApiSchemaSdl } from '../src/schema/api-schema';
import { createTestApp, TestApp } from './support/test-app';

describe('The GraphQL schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('should match the committed apps/api/schema.graphql (run `npm run schema` after changing resolvers)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');
    expect(await buildApiSchemaSdl()).toBe(committed);
    const served = printSchema(lexicographicSortSchema(testApp.app.get(GraphQLSchemaHost).schema));
    expect(committed).toContain(served);
  });

  it('should give every query and mutation an explicit access rule', () => {
    const rules = collectOperationRules(testApp.app.get(DiscoveryService), testApp.app.get(MetadataScanner));
    const schema = testApp.app.get(GraphQLSchemaHost).schema;
    expect(operationsWithoutRule(schema, rules)).toEqual([]);
    const operations = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})];
    expect(rules.length).toBeGreaterThanOrEqual(operations.length);
  });
});
