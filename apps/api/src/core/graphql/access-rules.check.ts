import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { collectOperationRules, operationsWithoutRule } from '../auth/access-rules';

/** Refuses to start an API whose schema has an operation without an @Allow rule. */
@Injectable()
export class AccessRulesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  onApplicationBootstrap(): void {
    const missing = operationsWithoutRule(this.schemaHost.schema, collectOperationRules(this.discovery, this.scanner));
    if (missing.length) throw new Error(`These GraphQL operations have no @Allow rule: ${missing.join(', ')}`);
  }
}
