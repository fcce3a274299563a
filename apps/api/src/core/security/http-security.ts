import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../../config/app-config';
import { HttpRefusalCode, sendRefusal } from './json-error';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Headers the admin (or a listed origin) may send cross-origin; anything else fails the preflight. */
const CORS_ALLOWED_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, x-requested-with';
const CORS_ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Security headers on every response (see docs/security.md). The admin is a static bundle: scripts
 * only from this origin, no inline script. Styles allow 'unsafe-inline' because MUI (emotion) writes
 * its styles into <style> elements at run time, which a static page cannot give a nonce.
 * Outside production, GraphiQL at /graphql loads from a CDN with inline script, so it gets no CSP there.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const https = config.PUBLIC_URL.startsWith('https://');
  const common = {
    strictTransportSecurity: config.isProduction ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
    xContentTypeOptions: true,
  };
  const withPolicy = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
  });
  const withoutPolicy = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) => {
    const graphiql = !config.isProduction && req.method === 'GET' && req.path === '/graphql';
    (graphiql ? withoutPolicy : withPolicy)(req, res, next);
  };
}

/**
 * CORS for the origins of CORS_ORIGINS only, with credentials. Other origins get no CORS header at
 * all (the browser then keeps the answer from the page); same-origin requests need none.
 */
export function corsForListedOrigins(config: AppConfig): RequestHandler {
  const listed = new Set(config.corsOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const allowed = typeof origin === 'string' && listed.has(origin);
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    }
    const preflight = req.method === 'OPTIONS' && typeof origin === 'string' && req.headers['access-control-request-method'] !== undefined;
    if (!preflight) return next();
    if (allowed) {
      res.setHeader('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}

/**
 * Cross-site request forgery, beyond the SameSite cookie: a state-changing request (to /graphql,
 * /api/*, or any other path: routing ignores case, this check does not need to know it) that
 * carries the session cookie must come from a page of the CRM: its Origin (or, without
 * one, its Referer) must be PUBLIC_URL's origin, one of CORS_ORIGINS, or the host the request was
 * sent to (the same site, e.g. behind the development proxy). Requests without the cookie (scripts,
 * health checks, sign-in itself) are not concerned: they act for nobody.
 */
export function crossSiteRequestCheck(config: AppConfig, sessionCookie: string): RequestHandler {
  const trusted = new Set([config.publicOrigin, ...config.corsOrigins]);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const cookies = req.cookies as Record<string, unknown> | undefined;
    if (!cookies?.[sessionCookie]) return next();
    const origin = req.headers.origin !== undefined ? originOf(req.headers.origin) : req.headers.referer ? originOf(req.headers.referer) : null;
    const sameHost = origin !== null && req.headers.host !== undefined && new URL(origin).host === req.headers.host.toLowerCase();
    if (origin !== null && (trusted.has(origin) || sameHost)) return next();
    sendRefusal(
      req,
      res,
      403,
      HttpRefusalCode.CROSS_SITE_REQUEST,
      origin === null
        ? 'Refused: a signed-in request that changes data must say where it comes from (Origin or Referer header).'
        : `Refused: a signed-in request that changes data came from ${origin}, which is not the CRM's address.`,
    );
  };
}

interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
}

/** Turns body-parser's refusals (too large, malformed JSON, unknown charset) into JSON answers. */
export function bodyErrors(limitBytes: number): ErrorRequestHandler {
  return (error: BodyParserError, req: Request, res: Response, next: NextFunction) => {
    const type = error?.type ?? '';
    if (type === 'entity.too.large') {
      return sendRefusal(req, res, 413, HttpRefusalCode.PAYLOAD_TOO_LARGE, `The request body is larger than the limit of ${limitBytes} bytes.`, { limitBytes });
    }
    if (type === 'entity.parse.failed') {
      return sendRefusal(req, res, 400, HttpRefusalCode.BAD_REQUEST, 'The request body is not valid JSON.');
    }
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendRefusal(req, res, 415, HttpRefusalCode.UNSUPPORTED_MEDIA_TYPE, 'The request body uses a character set or encoding this API does not accept.');
    }
    if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      return sendRefusal(req, res, error.status, HttpRefusalCode.BAD_REQUEST, 'The request body could not be read.');
    }
    next(error);
  };
}
