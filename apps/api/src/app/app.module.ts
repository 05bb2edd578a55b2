import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import pretty from 'pino-pretty';
import { existsSync } from 'node:fs';
import { AccountsModule } from './accounts/accounts.module';
import { ActionsModule } from './actions/actions.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AttendanceModule } from './attendance/attendance.module';
import { CalendarModule } from './calendar/calendar.module';
import { CertificationModule } from './certification/certification.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CurriculumModule } from './curriculum/curriculum.module';
import { DemoModule } from './demo/demo.module';
import { ErrorFilter } from './common/error.filter';
import { serializeRequest } from './common/request-log';
import { APP_CONFIG, AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source-options';
import { DATABASE_URL } from './database/database-url';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ProgressModule } from './progress/progress.module';
import { VerificationModule } from './verification/verification.module';
import { RolePlaysModule } from './role-plays/role-plays.module';
import { StudyVisitsModule } from './study-visits/study-visits.module';
import { SupervisionModule } from './supervision/supervision.module';

/** One line per entry: time, level, [context] or the request in brief, message; errors keep their stack. */
const READABLE_LOGS = {
  colorize: true,
  translateTime: 'SYS:HH:MM:ss.l',
  ignore: 'pid,hostname,context,req,res,responseTime',
  messageFormat: '{if context}[{context}] {end}{if req.method}{req.method} {req.url} {res.statusCode} {responseTime} ms {end}{msg}',
};

/** Pages for people without an account, outside /api. */
export const PUBLIC_PAGES = ['host-confirmation', 'verify', 'share', 'issuer', 'issuers', 'status', 'credentials', 'achievements'];

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Folder of the built web app; not served when missing (API tests). */
  webRoot?: string;
  /** Whether this process works background jobs (default true; command-line tools say false). */
  jobWorkers?: boolean;
  /** Where log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, webRoot, jobWorkers, logDestination }: AppOptions): DynamicModule {
    const serveWeb = webRoot && existsSync(webRoot);
    const httpLogs: Options = {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
      // Secret links (share, host confirmation, calendar feed) are credentials like the cookie.
      serializers: { req: serializeRequest },
      // Probes ask every few seconds; a line each would drown the log.
      autoLogging: { ignore: (request) => /^\/api\/health(\/(live|ready))?$/.test(request.url ?? '') },
    };
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          // A person at a terminal reads lines; pipes, files, tests and CI get one JSON object per line.
          // Formatted in this thread, so log lines keep their order with what the start prints.
          pinoHttp: logDestination ? [httpLogs, logDestination] : process.stdout.isTTY ? [httpLogs, pretty(READABLE_LOGS)] : httpLogs,
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        ThrottlerModule.forRoot({
          // Login attempts are counted by LoginThrottleGuard on this module's storage. Named
          // `default` because any other name is appended to the Retry-After header's name.
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.verifyRateLimit }],
        }),
        ...(serveWeb ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}', ...PUBLIC_PAGES.map((page) => `/${page}/{*path}`), '/issuer', '/verify'] })] : []),
        JobsModule.forRoot({ workers: jobWorkers ?? true }),
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        AuthModule,
        CurriculumModule,
        CohortsModule,
        AttendanceModule,
        CalendarModule,
        MailModule,
        RolePlaysModule,
        StudyVisitsModule,
        SupervisionModule,
        ProgressModule,
        ActionsModule,
        CertificationModule,
        VerificationModule,
        PrivacyModule,
        DemoModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}
