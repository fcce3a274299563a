import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { AppConfig } from '../../config/app-config';
import { AccessRulesCheck } from './access-rules.check';
import { ErrorCode, serviceUnavailable, unavailableDependency } from './errors';
import { GraphqlErrorFilter } from './graphql-error.filter';
import { queryLimitsPlugin } from './query-limits';
import { RequestLoaders } from './request-loaders';
import { SCALARS_MAP } from './date-time.scalar';

/** Lexical tokens a GraphQL document may have. */
const MAX_TOKENS = 5_000;

/**
 * The input field a variable-coercion error is about, as our own validation names fields: `Variable "$input" got
 * invalid value ... at "input.startsAt"` is about `startsAt`, `Variable "$id" got invalid value` about `id`.
 */
export function coercedVariableField(message: string): string | undefined {
  const variable = /^Variable "\$([^"]+)" got invalid value/.exec(message)?.[1];
  if (!variable) return undefined;
  const path = / at "([^"]+)"/.exec(message)?.[1];
  if (!path) return variable;
  const [root, ...rest] = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  return root === 'input' && rest.length ? rest.join('.') : path;
}

export function formatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    // Errors we raise on purpose carry a code and a message written for people; anything else is
    // unexpected and, in production, must not leak its message (SQL, paths) or stack.
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    // Postgres or Redis down is expected now and then: say so, in every environment, and nothing more. (The
    // error filter already answers so for resolvers; this covers errors raised outside them.)
    const dependency = code === ErrorCode.INTERNAL_SERVER_ERROR ? unavailableDependency(error) : null;
    if (dependency) {
      const { message, extensions } = serviceUnavailable(dependency);
      return { message, extensions, ...(formatted.path ? { path: formatted.path } : {}) };
    }
    if (code === ErrorCode.BAD_USER_INPUT && formatted.extensions?.field === undefined) {
      const field = coercedVariableField(formatted.message);
      if (field) formatted = { ...formatted, extensions: { ...formatted.extensions, field } };
    }
    if (isProduction && code === ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: 'Something went wrong on our side. It has been logged.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (!isProduction) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}

@Module({
  providers: [AccessRulesCheck, { provide: APP_FILTER, useClass: GraphqlErrorFilter }],
  imports: [
    DiscoveryModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        autoSchemaFile: true,
        buildSchemaOptions: { scalarsMap: SCALARS_MAP },
        sortSchema: true,
        path: '/graphql',
        introspection: !config.isProduction,
        graphiql: !config.isProduction,
        csrfPrevention: true,
        // Apollo refuses batched (array) bodies unless allowBatchedHttpRequests is set: kept off.
        allowBatchedHttpRequests: false,
        // Bounds the work of parsing and validation; the admin's largest operation is about 150 tokens.
        parseOptions: { maxTokens: MAX_TOKENS },
        plugins: [
          queryLimitsPlugin({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: config.GRAPHQL_MAX_COMPLEXITY, maxAliases: config.GRAPHQL_MAX_ALIASES }),
        ],
        includeStacktraceInErrorResponses: !config.isProduction,
        // No "Did you mean …?" in production: it would describe the schema introspection hides.
        hideSchemaDetailsFromClientErrors: config.isProduction,
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
        formatError: formatError(config.isProduction),
      }),
    }),
  ],
})
export class GraphqlApiModule {}
