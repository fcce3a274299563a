import path from 'node:path';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];
export const ATTACHMENT_STORAGES = ['postgres', 'disk'] as const;
export type AttachmentStorageKind = (typeof ATTACHMENT_STORAGES)[number];
export const QUEUE_DRIVERS = ['bull', 'inline'] as const;
export type QueueDriverKind = (typeof QUEUE_DRIVERS)[number];
/** Where Postgres and Redis answer when nothing else is said. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/alliance';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const MIB = 1024 * 1024;
const KIB = 1024;
/** `1048576`, `512kb` or `1mb` (k and m are 1024 and 1024², as body-parser counts them). */
const BODY_LIMIT = /^(\d+)\s*(b|kb|mb)?$/i;
/** An origin: scheme, host and optional port, nothing after. */
const ORIGIN = 'https?:\\/\\/[a-z0-9.-]+(:\\d{1,5})?';
const ORIGIN_LIST = new RegExp(`^\\s*(${ORIGIN}\\s*(,\\s*${ORIGIN}\\s*)*)?$`, 'i');

/** Settings of the core (database, queue, mail, HTTP, secrets). Read once at start-up; see the README's configuration table. */
export class AppConfig {
  @IsIn(NODE_ENVIRONMENTS, { message: `must be one of ${NODE_ENVIRONMENTS.join(', ')}` })
  NODE_ENV: NodeEnvironment = 'development';

  /**
   * Postgres, or `pglite:<directory>` for the embedded database. Unset: Postgres on 127.0.0.1:5432 when it answers,
   * else the embedded database under DATA_DIR (see runtime-stack.ts); required in production.
   */
  @IsOptional()
  @Matches(/^(postgres(ql)?:\/\/[^\s]+|pglite:[^\s]*)$/, {
    message: 'must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/alliance, or pglite:<directory> for the embedded database',
  })
  DATABASE_URL?: string;

  /** Redis, for the Bull queue and the shared throttles. Unset: Redis on 127.0.0.1:6379 when it answers, else the in-process queue. */
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379' })
  REDIS_URL?: string;

  /** `inline` runs jobs in this process, without Redis, even where Redis answers; `bull` insists on Redis. Unset: chosen at start-up. */
  @IsOptional()
  @IsIn(QUEUE_DRIVERS, { message: `must be one of ${QUEUE_DRIVERS.join(', ')}` })
  QUEUE_DRIVER?: QueueDriverKind;

  /** Unset: mail is kept as .eml files in DATA_DIR/outbox, browsable by coordinators, and never leaves the machine. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587',
  })
  SMTP_URL?: string;

  /** `npm start` on an empty database loads the demo dataset unless this is false. */
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  SEED_DEMO: 'true' | 'false' = 'true';

  @IsString()
  @MinLength(3, { message: 'must be a sender address, e.g. "Alliance Against Genocide <alerts@example.org>"' })
  MAIL_FROM = 'Alliance Against Genocide <no-reply@localhost>';

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number between 1 and 65535' })
  @Min(1, { message: 'must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'must be a whole number between 1 and 65535' })
  PORT = 3000;

  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, {
    message: 'must be the http(s) URL people use to reach the admin, e.g. https://crm.example.org',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\/+$/, '') : value))
  PUBLIC_URL = 'http://localhost:3000';

  /** Keys session and invitation token hashes; filled from .data/ outside production when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (generate one with: openssl rand -base64 48)' })
  APP_SECRET?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** Where local state is kept: the generated APP_SECRET, the embedded database (pglite/) and the mail outbox (outbox/). */
  @IsString()
  DATA_DIR = '.data';

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5, { message: 'must be at least 5 minutes' })
  SESSION_IDLE_MINUTES = 12 * 60;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  SESSION_MAX_DAYS = 14;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  INVITATION_VALID_DAYS = 7;

  /** Prefix of every Redis key and Bull queue; lets several deployments (or test runs) share one Redis. */
  @IsString()
  @Matches(/^[a-z0-9_-]+$/i, { message: 'must contain only letters, digits, dashes and underscores' })
  REDIS_PREFIX = 'alliance';

  /** Where the bytes of document attachments live: in Postgres (a bytea table) or in a directory. */
  @IsIn(ATTACHMENT_STORAGES, { message: `must be one of ${ATTACHMENT_STORAGES.join(', ')}` })
  ATTACHMENT_STORAGE: AttachmentStorageKind = 'postgres';

  /** The directory of ATTACHMENT_STORAGE=disk; shared by every API process. */
  @ValidateIf((config: AppConfig) => config.ATTACHMENT_STORAGE === 'disk' || config.ATTACHMENT_DIR !== undefined)
  @IsString({ message: 'must be a directory path when ATTACHMENT_STORAGE=disk, e.g. /var/lib/alliance/attachments' })
  @IsNotEmpty({ message: 'must be a directory path when ATTACHMENT_STORAGE=disk, e.g. /var/lib/alliance/attachments' })
  ATTACHMENT_DIR?: string;

  /** The largest attachment accepted, in bytes. */
  // Decorators apply bottom-up: IsInt is checked (and reported) first.
  @Type(() => Number)
  @Max(100 * MIB, { message: `must be at most ${100 * MIB} bytes (100 MiB)` })
  @Min(1, { message: 'must be at least 1 byte' })
  @IsInt({ message: 'must be a whole number of bytes, e.g. 10485760 for 10 MiB' })
  ATTACHMENT_MAX_BYTES = 10 * MIB;

  /** Deepest nesting of fields a GraphQL operation may have (`{ me { id } }` is 2). */
  @Type(() => Number)
  @Max(100, { message: 'must be at most 100' })
  @Min(2, { message: 'must be at least 2' })
  @IsInt({ message: 'must be a whole number of levels, e.g. 10' })
  GRAPHQL_MAX_DEPTH = 10;

  /** Highest estimated cost of a GraphQL operation (about one per record or field returned; see docs/security.md). */
  @Type(() => Number)
  @Min(100, { message: 'must be at least 100' })
  @IsInt({ message: 'must be a whole number, e.g. 25000' })
  GRAPHQL_MAX_COMPLEXITY = 25_000;

  /** Most aliased fields in one GraphQL document (stops one request from repeating a field many times). */
  @Type(() => Number)
  @Min(0, { message: 'must be at least 0' })
  @IsInt({ message: 'must be a whole number, e.g. 30' })
  GRAPHQL_MAX_ALIASES = 30;

  /** Largest JSON or form body accepted (GraphQL requests); CSV imports and file uploads have their own limits. */
  @Matches(BODY_LIMIT, { message: 'must be a size in bytes, or with kb or mb, e.g. 1mb' })
  HTTP_BODY_LIMIT = '1mb';

  /** Other origins allowed to call the API from a browser with the session cookie; empty: same origin only. */
  @IsString()
  @Matches(ORIGIN_LIST, { message: 'must be a comma-separated list of origins (scheme, host and port, no path), e.g. https://crm.example.org,https://admin.example.org' })
  CORS_ORIGINS = '';

  /** Messages per second across all workers together; 0 sends as fast as the relay takes them. */
  @Type(() => Number)
  @Min(0, { message: 'must be 0 (unlimited) or more messages per second, e.g. 14' })
  @IsInt({ message: 'must be a whole number of messages per second, e.g. 14 (0: unlimited)' })
  MAIL_RATE_PER_SECOND = 0;

  /** SMTP connections each worker keeps open to SMTP_URL. */
  @Type(() => Number)
  @Max(100, { message: 'must be at most 100 connections' })
  @Min(1, { message: 'must be at least 1 connection' })
  @IsInt({ message: 'must be a whole number of connections, e.g. 10' })
  MAIL_POOL_CONNECTIONS = 10;

  /** A mailing to more recipients than this needs a second coordinator's approval before it sends. */
  @Type(() => Number)
  @Min(0, { message: 'must be 0 or more recipients' })
  @IsInt({ message: 'must be a whole number of recipients, e.g. 1000' })
  MAIL_TWO_PERSON_THRESHOLD = 1000;

  /** Waits before each new attempt after a temporary SMTP failure, in seconds; one more attempt than waits, then FAILED. */
  @Matches(/^\s*\d+(\.\d+)?\s*(,\s*\d+(\.\d+)?\s*)*$/, { message: 'must be a comma-separated list of seconds, e.g. 30,120,600,1800' })
  MAIL_RETRY_DELAYS = '30,120,600,1800';

  /**
   * How often a worker reports that it is alive, in milliseconds. A worker silent for five of these is dead:
   * what it had claimed is queued again, what it was sending is marked UNKNOWN. The recovery sweep runs every
   * one and a half.
   */
  @Type(() => Number)
  @Max(60_000, { message: 'must be at most 60000 milliseconds' })
  @Min(100, { message: 'must be at least 100 milliseconds' })
  @IsInt({ message: 'must be a whole number of milliseconds, e.g. 2000' })
  MAIL_WORKER_HEARTBEAT_MS = 2000;

  /** DKIM signing of mailings and system mail: the signing domain (all three DKIM settings, or none). */
  @ValidateIf((config: AppConfig) => config.dkimPartlySet)
  @Matches(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i, { message: 'must be a domain name, e.g. example.org (set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together, or none of them)' })
  DKIM_DOMAIN?: string;

  /** The DKIM selector: the key is published at <selector>._domainkey.<DKIM_DOMAIN>. */
  @ValidateIf((config: AppConfig) => config.dkimPartlySet)
  @Matches(/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/i, { message: 'must be a selector, e.g. alerts2026 (set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together, or none of them)' })
  DKIM_SELECTOR?: string;

  /** The DKIM private key, PEM (newlines may be written as \n). */
  @ValidateIf((config: AppConfig) => config.dkimPartlySet)
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\\n/g, '\n') : value))
  @Matches(/^-----BEGIN (RSA |EC )?PRIVATE KEY-----[\s\S]+-----END (RSA |EC )?PRIVATE KEY-----\s*$/, {
    message: 'must be a PEM private key (-----BEGIN PRIVATE KEY----- ...; set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together, or none of them)',
  })
  DKIM_PRIVATE_KEY?: string;

  /** Shared secret of the bounce and complaint webhook; without it the webhook refuses every call. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters (generate one with: openssl rand -base64 48)' })
  MAIL_WEBHOOK_SECRET?: string;

  /** The address of the mailto: form of List-Unsubscribe; default: the address in MAIL_FROM. */
  @IsOptional()
  @Matches(/^[^\s@<>,;"]+@[^\s@<>,;"]+\.?[^\s@<>,;"]*$/, { message: 'must be an address, e.g. unsubscribe@example.org' })
  MAIL_UNSUBSCRIBE_MAILTO?: string;

  /** Jobs run in this process (no Redis) or through Bull; settled at start-up (see runtime-stack.ts). */
  get queueDriver(): QueueDriverKind {
    return this.QUEUE_DRIVER ?? (this.REDIS_URL ? 'bull' : 'inline');
  }

  /** The Redis of the Bull queue and the shared throttles (meaningful with the Bull driver only). */
  get redisUrl(): string {
    return this.REDIS_URL ?? DEFAULT_REDIS_URL;
  }

  /** Mail leaves through SMTP_URL, or stays in the local outbox. */
  get mailGoesTo(): 'smtp' | 'outbox' {
    return this.SMTP_URL ? 'smtp' : 'outbox';
  }

  /** The directory of the local mail outbox. */
  get outboxDirectory(): string {
    return path.resolve(this.DATA_DIR, 'outbox');
  }

  /** The Postgres URL the app connects to; a pglite: setting is replaced by the embedded server's address at start-up. */
  get databaseUrl(): string {
    const url = this.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    if (url.startsWith('pglite:')) throw new Error('The embedded database was not started: DATABASE_URL is still pglite:');
    return url;
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO === 'true';
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** The session cookie is Secure whenever people reach the product over HTTPS. */
  get secureCookies(): boolean {
    return this.PUBLIC_URL.startsWith('https://');
  }

  /** HTTP_BODY_LIMIT in bytes. */
  get httpBodyLimitBytes(): number {
    const [, amount, unit] = BODY_LIMIT.exec(this.HTTP_BODY_LIMIT.trim()) ?? [];
    const factor = { kb: KIB, mb: MIB }[(unit ?? 'b').toLowerCase()] ?? 1;
    return Number(amount) * factor;
  }

  /** The origin of PUBLIC_URL (scheme, host and port). */
  get publicOrigin(): string {
    return new URL(this.PUBLIC_URL).origin;
  }

  /** CORS_ORIGINS as origins, normalised (lower case, default port dropped). */
  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0)
      .map((origin) => new URL(origin).origin);
  }

  /** Some DKIM setting is given: then all three are required. */
  get dkimPartlySet(): boolean {
    return [this.DKIM_DOMAIN, this.DKIM_SELECTOR, this.DKIM_PRIVATE_KEY].some((value) => value !== undefined);
  }

  /** DKIM signing settings, when configured. */
  get dkim(): { domainName: string; keySelector: string; privateKey: string } | null {
    if (!this.DKIM_DOMAIN || !this.DKIM_SELECTOR || !this.DKIM_PRIVATE_KEY) return null;
    return { domainName: this.DKIM_DOMAIN, keySelector: this.DKIM_SELECTOR, privateKey: this.DKIM_PRIVATE_KEY };
  }

  /** The bare address of MAIL_FROM ("Name <a@b>" gives a@b). */
  get mailFromAddress(): string {
    const match = /<([^<>\s]+)>\s*$/.exec(this.MAIL_FROM);
    return (match ? match[1] : this.MAIL_FROM).trim();
  }

  /** The domain of MAIL_FROM: the right-hand side of Message-IDs. */
  get mailDomain(): string {
    return this.mailFromAddress.split('@').pop() || 'localhost';
  }

  /** Where the mailto: form of List-Unsubscribe points. */
  get unsubscribeMailto(): string {
    return this.MAIL_UNSUBSCRIBE_MAILTO ?? this.mailFromAddress;
  }

  /** MAIL_RETRY_DELAYS in milliseconds. */
  get mailRetryDelaysMs(): number[] {
    return this.MAIL_RETRY_DELAYS.split(',').map((seconds) => Math.round(Number(seconds.trim()) * 1000));
  }

  /** Set by resolveAppSecret before the app starts; always present afterwards. */
  get appSecret(): string {
    if (!this.APP_SECRET) throw new Error('APP_SECRET was not resolved at start-up');
    return this.APP_SECRET;
  }
}
