import { plainToInstance, Transform } from 'class-transformer';
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
  @IsInt({ message: 'VERIFY_RATE_LIMIT must be a whole number' })
  @Min(1, { message: 'VERIFY_RATE_LIMIT must be at least 1' })
  VERIFY_RATE_LIMIT = 120;
}

const VARIABLES = [
  'PORT', 'DATABASE_URL', 'PEER_DATA_DIR', 'CURRICULUM_DIR', 'PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM', 'MAIL_OUTBOX_DIR', 'ISSUER_KEY_SECRET', 'ISSUER_NAME', 'CERTIFICATES_DIR',
  'COOKIE_SECURE', 'DEMO_DATA', 'LOG_LEVEL', 'LOGIN_RATE_LIMIT', 'VERIFY_RATE_LIMIT',
] as const;

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
  /** Login attempts per minute for one address and e-mail. */
  loginRateLimit: number;
  /** Public certificate look-ups per minute for one client address. */
  verifyRateLimit: number;
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
  if (errors.length > 0) {
    throw new ConfigError(
      errors.flatMap((error) =>
        Object.values(error.constraints ?? {}).map((message) => `${message} (got ${JSON.stringify(error.value)})`),
      ),
    );
  }
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
    verifyRateLimit: parsed.VERIFY_RATE_LIMIT,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
