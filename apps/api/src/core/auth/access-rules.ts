import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { ACCESS_RULE, AccessRule } from './allow.decorator';

export interface OperationRule {
  /** Query, Mutation or Subscription. */
  type: string;
  field: string;
  rule: AccessRule | undefined;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Every root operation the resolvers declare, with the access rule on its method or class. */
export function collectOperationRules(discovery: DiscoveryService, scanner: MetadataScanner): OperationRule[] {
  const rules: OperationRule[] = [];
  for (const wrapper of discovery.getProviders()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName] as object;
      const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
      if (typeof type !== 'string' || !ROOT_TYPES.has(type)) continue;
      const field: string = Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ?? methodName;
      const rule: AccessRule | undefined =
        Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, metatype as object);
      rules.push({ type, field, rule });
    }
  }
  return rules;
}

/** Names of schema operations with no explicit rule: none may exist (deny by default is a backstop, not a policy). */
export function operationsWithoutRule(schema: GraphQLSchema, rules: readonly OperationRule[]): string[] {
  const known = new Map(rules.map((rule) => [`${rule.type}.${rule.field}`, rule.rule]));
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.keys(root.getFields())) {
      if (!known.get(`${root.name}.${field}`)) missing.push(`${root.name}.${field}`);
    }
  }
  return missing.sort();
}
