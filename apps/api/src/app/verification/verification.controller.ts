import { BadRequestException, Controller, Get, Header, Headers, NotFoundException, Param, Post, Query, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { CERTIFICATE_CODE } from '../certification/certificate-code';
import { ORGANISATION_SLUG_PATTERN } from '@peer/contract';
import { CURRICULUM_ID } from '@peer/contract/validation';
import type { Issuer } from '../certification/issuers';
import { pickLang, sharedPage, uploadPage } from './pages';
import { PublicPagesUnavailableFilter } from './unavailable.filter';
import { VerificationService } from './verification.service';

const MAX_UPLOAD = 5 * 1024 * 1024;

/** Pages for employers and the public: no account, no script, rate-limited, no search. */
@ApiExcludeController()
@Controller()
@UseGuards(ThrottlerGuard)
@UseFilters(PublicPagesUnavailableFilter)
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  /** No slug: the installation's issuer. */
  private async issuerNamed(slug: string | undefined): Promise<Issuer> {
    const issuer = slug === undefined ? await this.verification.issuer(null) : ORGANISATION_SLUG_PATTERN.test(slug) ? await this.verification.issuer(slug) : null;
    if (!issuer) throw new NotFoundException('No such issuer');
    return issuer;
  }

  @Get('verify')
  @Public()
  form(@Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined, @Res() response: Response): void {
    send(response, uploadPage(pickLang(lang, accept), null));
  }

  /** Also at the credential's own id, `/credentials/<code>`. */
  @Get(['verify/:code/credential.json', 'credentials/:code'])
  @Public()
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  async credential(@Param('code') code: string): Promise<Record<string, unknown>> {
    const credential = CERTIFICATE_CODE.test(code) ? await this.verification.credential(code) : null;
    if (!credential) throw new NotFoundException('There is no certificate with that code');
    return credential;
  }

  @Post('verify')
  @Public()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD, files: 1 } }))
  async upload(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query('lang') lang: unknown,
    @Headers('accept-language') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (!file?.buffer?.length) throw new BadRequestException('Attach the certificate as a PDF file in the field "file"');
    send(response, uploadPage(pickLang(lang, accept), await this.verification.verifyUpload(file.buffer)));
  }

  @Get('share/:token')
  @Public()
  async shared(@Param('token') token: string, @Query('lang') lang: unknown, @Headers('accept-language') accept: string | undefined, @Res() response: Response): Promise<void> {
    const record = /^[A-Za-z0-9_-]{43}$/.test(token) ? await this.verification.sharedRecord(token) : null;
    send(response, sharedPage(pickLang(lang, accept), token, record));
  }

  /** An issuing organisation's profile (`/issuers/<slug>`), or the installation's (`/issuer`) that signed the certificates of before. */
  @Get(['issuer', 'issuers/:slug'])
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  async issuer(@Param('slug') slug: string | undefined): Promise<Record<string, unknown>> {
    return this.verification.issuerProfile(await this.issuerNamed(slug));
  }

  /** What a course version certifies: the Achievement its credentials name, at its id. */
  @Get('achievements/:courseId/:version')
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  async achievement(
    @Param('courseId') courseId: string,
    @Param('version') version: string,
    @Query('lang') lang: unknown,
    @Headers('accept-language') accept: string | undefined,
  ): Promise<Record<string, unknown>> {
    const document =
      isCourseId(courseId) && /^[1-9][0-9]{0,8}$/.test(version)
        ? await this.verification.achievement(courseId, Number(version), pickLang(lang, accept))
        : null;
    if (!document) throw new NotFoundException('No such achievement');
    return document;
  }

  /** The badge wallets show for a course version (the achievement's `image`): `sv.svg` or `en.svg`. */
  @Get('achievements/:courseId/:version/badge/:image')
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  async badge(@Param('courseId') courseId: string, @Param('version') version: string, @Param('image') image: string): Promise<string> {
    const lang = /^(sv|en)\.svg$/.exec(image)?.[1] as 'sv' | 'en' | undefined;
    const svg =
      lang && isCourseId(courseId) && /^[1-9][0-9]{0,8}$/.test(version)
        ? await this.verification.achievementBadge(courseId, Number(version), lang)
        : null;
    if (!svg) throw new NotFoundException('No such achievement');
    return svg;
  }

  /** The issuer's logo (its profile's `image`). */
  @Get(['issuer/logo.svg', 'issuers/:slug/logo.svg'])
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  async logo(@Param('slug') slug: string | undefined): Promise<string> {
    return this.verification.issuerLogo(await this.issuerNamed(slug));
  }

  /**
   * An organisation's uploaded logo, at the address its credentials name; after a change of type
   * either address serves the current one. Without one (removed since) it sends the drawn logo.
   */
  @Get(['issuers/:slug/logo.png', 'issuers/:slug/logo.jpg'])
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Cache-Control', 'public, max-age=3600')
  async uploadedLogo(@Param('slug') slug: string, @Res() response: Response): Promise<void> {
    const issuer = await this.issuerNamed(slug);
    if (!issuer.logo) return response.redirect(302, `/issuers/${slug}/logo.svg`);
    response.type(issuer.logo.type).send(issuer.logo.data);
  }

  /** Every key an issuer ever used stays here, so old certificates keep verifying. */
  @Get(['issuer/keys/:keyId', 'issuers/:slug/keys/:keyId'])
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  async key(@Param('slug') slug: string | undefined, @Param('keyId') keyId: string): Promise<Record<string, unknown>> {
    const issuer = await this.issuerNamed(slug);
    const document = /^[a-z0-9-]{1,64}$/.test(keyId) ? await this.verification.issuerKey(issuer, keyId) : null;
    if (!document) throw new NotFoundException('No such key');
    return document;
  }

  /** Revocation lists roll over (`/status/1`, `/status/2`, …); a certificate keeps the list it was issued with. */
  @Get('status/:list')
  @Public()
  @SkipThrottle({ verify: true })
  @Header('Content-Type', 'application/vc+ld+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=60')
  async statusList(@Param('list') list: string): Promise<Record<string, unknown>> {
    const credential = /^[1-9][0-9]{0,8}$/.test(list) ? await this.verification.statusListCredential(Number(list)) : null;
    if (!credential) throw new NotFoundException('No such status list');
    return credential;
  }
}

function send(response: Response, page: { status: number; html: string }): void {
  response.status(page.status).type('html').setHeader('Cache-Control', 'no-store').send(page.html);
}

/** A national or an organisation's course id (`<slug>.<name>`), as it appears in achievement URLs. */
function isCourseId(value: string): boolean {
  return value.length <= 64 && CURRICULUM_ID.test(value);
}
