import type { Request, Response } from 'express';

/** Codes of the refusals made before a request reaches GraphQL or a controller. */
export enum HttpRefusalCode {
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST = 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  CROSS_SITE_REQUEST = 'CROSS_SITE_REQUEST',
}

/**
 * Answers a refusal as JSON: a GraphQL response (`{ errors: [...] }`) on /graphql, so GraphQL clients
 * read it like any other error, and `{ message, code, ... }` like the REST routes elsewhere.
 */
export function sendRefusal(
  req: Request,
  res: Response,
  status: number,
  code: HttpRefusalCode,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent) return;
  const graphql = /^\/graphql(\/|$)/i.test(req.path);
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify(graphql ? { errors: [{ message, extensions: { code, ...extra } }] } : { message, code, ...extra }));
}
