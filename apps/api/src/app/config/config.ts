import { plainToInstance, Transform } from 'class-transformer';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The environment variables the API reads. Validated once at start. */
class Environment {
  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  PEER_DATA_DIR = 'data';

  @IsOptional()
  @IsString()
  CURRICULUM_DIR = 'curriculum';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  MAIL_FROM = 'PEER Academy <no-reply@peer-academy.local>';

  @IsOptional()
  @IsString()
  MAIL_OUTBOX_DIR?: string;

  @IsOptional()
  @MinLength(32, { message: 'ISSUER_KEY_SECRET must be at least 32 characters' })
  ISSUER_KEY_SECRET?: string;

  @IsOptional()
  @IsString()
  ISSUER_NAME = 'PEER Academy';

  @IsOptional()
  @IsString()
  CERTIFICATES_DIR = 'certificates';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an absolute http(s) URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  COOKIE_SECURE?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'LOGIN_RATE_LIMIT must be a whole number' })
  @Min(1, { message: 'LOGIN_RATE_LIMIT must be at least 1' })
  LOGIN_RATE_LIMIT = 10;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'LOGIN_RATE_LIMIT_PER_ADDRESS must be a whole number' })
  @Min(1, { message: 'LOGIN_RATE_LIMIT_PER_ADDRESS must be at least 1' })
  LOGIN_RATE_LIMIT_PER_ADDRESS = 30;

  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'VERIFY_RATE_LIMIT must be a whole number' })
  @Min(1, { message: 'VERIFY_RATE_LIMIT must be at least 1' })
  VERIFY_RATE_LIMIT = 120;

  @IsOptional()
  @IsString()
  HOST_EMAIL_DOMAINS?: string;

  @IsOptional()
  @Transform(({ value }) => (/^\d+$/.test(String(value)) ? Number(value) : value))
  @IsInt({ message: 'RETENTION_INACTIVE_YEARS must be a whole number of years' })
  @Min(1, { message: 'RETENTION_INACTIVE_YEARS must be at least 1' })
  @Max(100, { message: 'RETENTION_INACTIVE_YEARS must be at most 100' })
  RETENTION_INACTIVE_YEARS?: number;
}

const VARIABLES = [
  'PORT', 'DATABASE_URL', 'PEER_DATA_DIR', 'CURRICULUM_DIR', 'PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM', 'MAIL_OUTBOX_DIR', 'ISSUER_KEY_SECRET', 'ISSUER_NAME', 'CERTIFICATES_DIR',
  'COOKIE_SECURE', 'DEMO_DATA', 'LOG_LEVEL', 'LOGIN_RATE_LIMIT', 'LOGIN_RATE_LIMIT_PER_ADDRESS', 'TRUST_PROXY', 'VERIFY_RATE_LIMIT', 'HOST_EMAIL_DOMAINS', 'RETENTION_INACTIVE_YEARS',
] as const;

const TRUST_PROXY_RULE =
  'TRUST_PROXY must be off, a hop count (1 or more), or a comma-separated list of loopback, linklocal, uniquelocal, IP addresses and CIDR ranges';
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Which proxies may name the client in X-Forwarded-For. Off unless said: a client
 * that can pick its own address can step around every per-address limit.
 * `true` (trust every hop) is refused for the same reason.
 */
function parseTrustProxy(value: string | undefined): { value: TrustProxy } | { problem: string } {
  const text = (value ?? '').trim();
  if (text === '' || text === 'off' || text === 'false') return { value: false };
  if (/^\d+$/.test(text)) return Number(text) >= 1 ? { value: Number(text) } : { problem: TRUST_PROXY_RULE };
  const entries = text.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => {
    if (PROXY_RANGES.has(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    if (version === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  };
  return entries.every(valid) ? { value: entries } : { problem: TRUST_PROXY_RULE };
}

const HOST_EMAIL_DOMAINS_RULE =
  'HOST_EMAIL_DOMAINS must be a comma-separated list of domain names such as vgregion.se,skane.se (their subdomains are allowed too), or empty for any domain';
const DOMAIN_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The domains host e-mail addresses must be at; empty allows any. */
function parseHostEmailDomains(value: string | undefined): { value: string[] } | { problem: string } {
  const text = (value ?? '').trim();
  if (text === '') return { value: [] };
  const domains = text.split(',').map((entry) => entry.trim().toLowerCase());
  return domains.every((domain) => DOMAIN_NAME.test(domain)) ? { value: [...new Set(domains)] } : { problem: HOST_EMAIL_DOMAINS_RULE };
}

/** Express's `trust proxy`: off, a hop count, or addresses, ranges and named ranges. */
export type TrustProxy = false | number | string[];

export interface AppConfig {
  port: number;
  /** Set when an external server is used; otherwise the embedded server starts. */
  databaseUrl?: string;
  dataDir: string;
  /** The curriculum content that publishing reads. */
  curriculumDir: string;
  /** Without an SMTP server, mail is written as JSON files to `outboxDir`. */
  mail: { smtpUrl?: string; from: string; outboxDir: string };
  /** The issuing organisation; its signing keys are encrypted with `keySecret`. */
  issuer: { name: string; keySecret?: string };
  /** Certificate templates (handlebars). */
  certificatesDir: string;
  publicUrl: string;
  cookieSecure: boolean;
  demoData?: boolean;
  logLevel: string;
  /** Login attempts per minute for one account (e-mail), from any address. */
  loginRateLimit: number;
  /** Login attempts per minute from one client address, for any e-mail. */
  loginRateLimitPerAddress: number;
  /** Which proxies in front of the app may name the client address. */
  trustProxy: TrustProxy;
  /** Public certificate look-ups per minute for one client address. */
  verifyRateLimit: number;
  /** Domains (with their subdomains) a study visit's host e-mail must be at; empty allows any. */
  hostEmailDomains: string[];
  /** Trainees inactive this many years are erased by the `privacy.retention` job; null (the default) keeps everyone. */
  retentionInactiveYears: number | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.fromEntries(
    VARIABLES.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const parsed = plainToInstance(Environment, known);
  const errors = validateSync(parsed, { forbidUnknownValues: true });
  const trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${message} (got ${JSON.stringify(error.value)})`),
  );
  if ('problem' in trustProxy) problems.push(`${trustProxy.problem} (got ${JSON.stringify(parsed.TRUST_PROXY)})`);
  const hostEmailDomains = parseHostEmailDomains(parsed.HOST_EMAIL_DOMAINS);
  if ('problem' in hostEmailDomains) problems.push(`${hostEmailDomains.problem} (got ${JSON.stringify(parsed.HOST_EMAIL_DOMAINS)})`);
  if (problems.length > 0 || 'problem' in trustProxy || 'problem' in hostEmailDomains) throw new ConfigError(problems);
  if (parsed.DATABASE_URL && !parsed.ISSUER_KEY_SECRET) {
    // With the embedded server a secret is kept in the data folder; elsewhere it must be given.
    throw new ConfigError(['ISSUER_KEY_SECRET must be set (32+ characters) when DATABASE_URL is used: it encrypts the signing keys']);
  }
  const publicUrl = (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, '');
  return {
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.PEER_DATA_DIR,
    curriculumDir: parsed.CURRICULUM_DIR,
    issuer: { name: parsed.ISSUER_NAME, keySecret: parsed.ISSUER_KEY_SECRET },
    certificatesDir: parsed.CERTIFICATES_DIR,
    mail: { smtpUrl: parsed.SMTP_URL, from: parsed.MAIL_FROM, outboxDir: parsed.MAIL_OUTBOX_DIR ?? join(parsed.PEER_DATA_DIR, 'outbox') },
    publicUrl,
    cookieSecure: parsed.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    demoData: parsed.DEMO_DATA,
    logLevel: parsed.LOG_LEVEL,
    loginRateLimit: parsed.LOGIN_RATE_LIMIT,
    loginRateLimitPerAddress: parsed.LOGIN_RATE_LIMIT_PER_ADDRESS,
    trustProxy: trustProxy.value,
    verifyRateLimit: parsed.VERIFY_RATE_LIMIT,
    hostEmailDomains: hostEmailDomains.value,
    retentionInactiveYears: parsed.RETENTION_INACTIVE_YEARS ?? null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
