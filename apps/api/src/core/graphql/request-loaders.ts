import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

/** A domain's DataLoaders, created fresh for each request so no cache outlives it. */
export interface LoaderFactory<T> {
  createLoaders(): T;
}

/**
 * Per-request holder of every domain's loaders, created lazily: a request that never touches a
 * domain pays nothing for it. Domains keep their loaders in their own `<domain>.loaders.ts`.
 */
export class RequestLoaders {
  private readonly created = new Map<LoaderFactory<unknown>, unknown>();

  of<T>(factory: LoaderFactory<T>): T {
    if (!this.created.has(factory)) this.created.set(factory, factory.createLoaders());
    return this.created.get(factory) as T;
  }
}

export interface GraphQLRequestContext {
  loaders: RequestLoaders;
}

export const Loaders = createParamDecorator((_data: unknown, context: ExecutionContext): RequestLoaders => {
  return GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().loaders;
});
