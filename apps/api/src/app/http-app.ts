import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOptions, PUBLIC_PAGES } from './app.module';
import { queryCountContext, ServerTimingInterceptor } from './common/query-count';
import { MAX_JSON_BYTES } from './common/input-limits';
import { createValidationPipe, refuseDeepJson } from './common/validation';
import { noStore } from './common/no-store';
import { createOpenApiDocument } from './openapi';
import { closeConnectionsWhileDraining } from './health/graceful-shutdown';
import { AppLifecycle } from './health/lifecycle';
import { VerificationService } from './verification/verification.service';
import { mountVerifyPage } from './verification/verify-page.route';

/** Builds the configured HTTP app; shared by `main.ts` and the integration tests. */
export async function createHttpApp(options: AppOptions & { quiet?: boolean }): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
  });
  if (!options.quiet) app.useLogger(app.get(Logger));
  // X-Forwarded-For names the client only behind a proxy the operator vouches for (TRUST_PROXY).
  app.set('trust proxy', options.config.trustProxy);
  // Before any route, the lean verify page included: the framework is nobody's business.
  app.disable('x-powered-by');
  // First of all, so that every answer during a shutdown, the lean verify page's too, ends its connection.
  app.use(closeConnectionsWhileDraining(app.get(AppLifecycle)));
  mountVerifyPage(app.getHttpAdapter().getInstance(), app.get(VerificationService), {
    limitPerMinute: options.config.verifyRateLimit,
    hsts: options.config.publicUrl.startsWith('https://'),
  });
  app.use('/api', noStore);
  app.use(queryCountContext);
  app.use(
    helmet({
      // Over plain http the header is ignored at best and pins a wrong scheme at worst.
      strictTransportSecurity: options.config.publicUrl.startsWith('https://'),
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.use(cookieParser());
  // Registered before Nest's default JSON parser, which then stays out; the depth check runs before JSON.parse.
  app.useBodyParser('json', { limit: MAX_JSON_BYTES, verify: refuseDeepJson });
  // Pages for people without an account live outside /api.
  app.setGlobalPrefix('api', {
    exclude: [
      ...PUBLIC_PAGES.map((page) => ({ path: `${page}/{*rest}`, method: RequestMethod.ALL })),
      { path: 'verify', method: RequestMethod.ALL },
      { path: 'issuer', method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new ServerTimingInterceptor());

  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
