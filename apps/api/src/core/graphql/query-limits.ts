import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Codes of the limits below, in `extensions.code`. */
export enum QueryLimitCode {
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
}

/** Apollo's plugin type as the Nest driver expects it. */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export interface QueryLimits {
  /** Deepest nesting of fields (`{ me { id } }` is 2). */
  maxDepth: number;
  /** Highest estimated cost (see complexityEstimators). */
  maxComplexity: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
}

/**
 * What a list costs when the query does not say how long it is (lists nested in a record, e.g.
 * `Contact.affiliations`): a handful of items, so nesting such lists still adds up.
 */
export const ASSUMED_LIST_LENGTH = 5;
/** Selections visited while estimating, at most: stops fragment fan-out before it costs anything. */
const MAX_EVALUATED_NODES = 20_000;

/**
 * Paginated fields cost their page size times what each item costs (`first`, or its default), so
 * `organisations(first: 100) { edges { node { ... } } }` weighs 100 times its node.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }: ComplexityEstimatorArgs) => {
  const first: unknown = args.first;
  if (typeof first !== 'number' || !Number.isFinite(first)) return undefined;
  return 1 + Math.max(first, 0) * childComplexity;
};

/**
 * Lists of records without a page size count ASSUMED_LIST_LENGTH items; except a connection's `edges`,
 * already counted by the connection's `first`.
 */
const nestedListEstimator: ComplexityEstimator = ({ type: parent, field, childComplexity }: ComplexityEstimatorArgs) => {
  const type = getNullableType(field.type);
  if (!isListType(type) || !isObjectType(getNamedType(type))) return undefined;
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return 1 + childComplexity;
  return 1 + ASSUMED_LIST_LENGTH * childComplexity;
};

/** First answer wins: an explicit `@Field({ complexity })`, then page sizes, then lists, then 1 per field. */
export const complexityEstimators: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  pageSizeEstimator,
  nestedListEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/** Depth of the operation, following fragments (each measured once). Introspection fields do not count. */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentDepths = new Map<string, number>();
  const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        if (!fragmentDepths.has(name)) {
          visiting.add(name);
          fragmentDepths.set(name, depthOf(fragment.selectionSet, visiting));
          visiting.delete(name);
        }
        deepest = Math.max(deepest, fragmentDepths.get(name) ?? 0);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** Aliased fields anywhere in the document (operations and fragments). */
export function aliasCount(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    Field(node: FieldNode) {
      if (node.alias) aliases++;
    },
  });
  return aliases;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  complexity: number;
}

function limitError(code: QueryLimitCode, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

function selectedOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/**
 * Measures one operation of a validated document against the limits and throws the first one it
 * exceeds (depth and aliases before the cost, which is the dearest to compute). Returns the measures.
 */
export function enforceQueryLimits(
  limits: QueryLimits,
  request: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown> },
): OperationMeasure {
  const { schema, document, operationName, variables } = request;
  const operation = selectedOperation(document, operationName);
  if (!operation) return { depth: 0, aliases: 0, complexity: 0 };
  const depth = operationDepth(document, operation);
  if (depth > limits.maxDepth) {
    throw limitError(QueryLimitCode.QUERY_TOO_DEEP, `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`, {
      depth,
      limit: limits.maxDepth,
    });
  }
  const aliases = aliasCount(document);
  if (aliases > limits.maxAliases) {
    throw limitError(QueryLimitCode.TOO_MANY_ALIASES, `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, {
      aliases,
      limit: limits.maxAliases,
    });
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables: variables ?? {},
      estimators: complexityEstimators,
      maxQueryNodes: MAX_EVALUATED_NODES,
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw limitError(QueryLimitCode.QUERY_TOO_COMPLEX, `The query has too many selections to estimate its cost; the cost limit is ${limits.maxComplexity}.`, {
        limit: limits.maxComplexity,
      });
    }
    // Variables that do not fit the operation: execution reports them the usual way.
    if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    throw error;
  }
  if (complexity > limits.maxComplexity) {
    throw limitError(
      QueryLimitCode.QUERY_TOO_COMPLEX,
      `The query's estimated cost is ${complexity}; the limit is ${limits.maxComplexity}. Ask for smaller pages (first) or fewer nested fields.`,
      { complexity, limit: limits.maxComplexity },
    );
  }
  return { depth, aliases, complexity };
}

/** Refuses, before anything runs, operations deeper, costlier or more aliased than the limits. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          enforceQueryLimits(limits, { schema, document, operationName: request.operationName, variables: request.variables });
        },
      };
    },
  };
}
