import DataLoader from 'dataloader';
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

/** A loader that fetches rows by a unique key in one query per batch, answering null for missing keys. */
export function loaderByKey<Row, Key extends keyof Row & string>(
  fetch: (keys: readonly Row[Key][]) => Promise<Row[]>,
  key: Key,
): DataLoader<Row[Key], Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [row[key], row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/** A loader that fetches every row of many parents in one query per batch, grouped by the parent key. */
export function loaderOfLists<Row, Key extends keyof Row & string>(
  fetch: (keys: readonly Row[Key][]) => Promise<Row[]>,
  key: Key,
): DataLoader<Row[Key], Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<Row[Key], Row[]>(keys.map((value) => [value, []]));
    for (const row of await fetch(keys)) groups.get(row[key])?.push(row);
    return keys.map((value) => groups.get(value) ?? []);
  });
}

/** The records a loadMany found, leaving out missing (deleted) ones. */
export function found<T>(values: readonly (T | Error | null)[]): T[] {
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}
