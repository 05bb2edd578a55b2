import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inspectLogo, LOGO_MAX_PIXELS, LOGO_MIN_PIXELS } from '@peer/certificate-pdf';
import type { OrganisationLogoDto } from '@peer/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { organisationOf, type Principal } from '../../auth/principal';
import { RequestValidationError } from '../../common/validation';
import { Issuers } from '../issuers';
import { PublicUrls } from '../public-urls';

const PROBLEMS = {
  size: 'image must be at most 200 KB',
  type: 'image must be a PNG (8 bits per channel, not interlaced) or a grey or RGB JPEG',
  dimensions: `image must be ${LOGO_MIN_PIXELS} to ${LOGO_MAX_PIXELS} pixels wide and high`,
} as const;

/** The logo an organisation's certificates print and its issuer profile names; issued certificates keep theirs. */
@Injectable()
export class OrganisationLogoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuers: Issuers,
    private readonly urls: PublicUrls,
    private readonly audit: AuditService,
  ) {}

  async ofActor(actor: Principal): Promise<OrganisationLogoDto | null> {
    const issuer = await this.issuers.ofOrganisation(organisationOf(actor));
    return issuer.logo && { type: issuer.logo.type, url: this.urls.issuerImage(issuer.slug, issuer.logo.type) };
  }

  /** `dataUrl` is `data:image/<png|jpeg>;base64,…` (the request class checks its form). */
  async set(actor: Principal, dataUrl: string): Promise<OrganisationLogoDto> {
    const [, declared, base64] = /^data:(image\/(?:png|jpeg));base64,(.*)$/.exec(dataUrl) as unknown as [string, string, string];
    const data = Buffer.from(base64, 'base64');
    const image = inspectLogo(data);
    if (typeof image === 'string') throw invalidImage(image);
    if (image.type !== declared) throw invalidImage('type');
    await this.store(actor, { type: image.type, data });
    return (await this.ofActor(actor)) as OrganisationLogoDto;
  }

  remove(actor: Principal): Promise<void> {
    return this.store(actor, null);
  }

  private async store(actor: Principal, logo: { type: string; data: Buffer } | null): Promise<void> {
    const organisationId = organisationOf(actor);
    await this.db.transaction(async (manager) => {
      await manager.query('UPDATE organisations SET logo = $2, logo_type = $3 WHERE id = $1', [organisationId, logo?.data ?? null, logo?.type ?? null]);
      const details = logo ? { type: logo.type, bytes: logo.data.length } : {};
      await this.audit.record({ actorId: actor.user.id, action: logo ? 'organisation-logo.set' : 'organisation-logo.remove', subjectType: 'organisation', subjectId: organisationId, details }, manager);
    });
    this.issuers.forget();
  }
}

function invalidImage(problem: keyof typeof PROBLEMS): BadRequestException {
  return new RequestValidationError([{ field: 'image', rule: `logo-${problem}`, message: PROBLEMS[problem] }]);
}
