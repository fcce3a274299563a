import { buildSchema } from 'graphql';
import { Role } from '@alliance/domain';
import { operationsWithoutRule } from './access-rules';

describe('operationsWithoutRule', () => {
  const schema = buildSchema('type Query { a: Int b: Int } type Mutation { c: Int }');

  it('should name every operation that has no rule', () => {
    const rules = [{ type: 'Query', field: 'a', rule: [Role.COORDINATOR] }];
    expect(operationsWithoutRule(schema, rules)).toEqual(['Mutation.c', 'Query.b']);
  });

  it('should count an operation declared without a rule as missing', () => {
    const rules = [
      { type: 'Query', field: 'a', rule: 'ANONYMOUS' as const },
      { type: 'Query', field: 'b', rule: undefined },
      { type: 'Mutation', field: 'c', rule: 'SIGNED_IN' as const },
    ];
    expect(operationsWithoutRule(schema, rules)).toEqual(['Query.b']);
  });
});
