import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOptions, PUBLIC_PAGES } from './app.module';
import { queryCountContext, ServerTimingInterceptor } from './common/query-count';
import { createValidationPipe } from './common/validation';
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
  app.set('trust proxy', 'loopback');
  // First of all, so that every answer during a shutdown, the lean verify page's too, ends its connection.
  app.use(closeConnectionsWhileDraining(app.get(AppLifecycle)));
  mountVerifyPage(app.getHttpAdapter().getInstance(), app.get(VerificationService), options.config.verifyRateLimit);
  app.use(queryCountContext);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.use(cookieParser());
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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('PEER Academy API')
      .setDescription('Training and certification of peer supporters')
      .setVersion('1')
      .addCookieAuth('peer_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
