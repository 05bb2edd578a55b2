import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LogoType } from '@peer/certificate-pdf';
import type { IssuerProfileInput } from '@peer/credentials';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PublicUrls } from './public-urls';

/** Who issues: an organisation, or (`null`) the installation's issuer of the certificates from before organisations. */
export interface Issuer {
  organisationId: string | null;
  slug: string | null;
  name: string;
  /** Who signs its certificates, as printed ("Ylva Sjöberg, verksamhetsledare"); null when nobody is named. */
  signatory: string | null;
  /** Its uploaded logo; null: the drawn one (`logo.svg`) names it, and certificates print none. */
  logo: IssuerLogo | null;
}

export interface IssuerLogo {
  type: LogoType;
  data: Buffer;
}

const COLUMNS = 'id, slug, name, signatory_name, signatory_title, logo, logo_type';

const CACHE_MS = 60_000;

/** The issuers' names and addresses; an organisation's is looked up once a minute at most. */
@Injectable()
export class Issuers {
  private readonly cache = new Map<string, { issuer: Promise<Issuer | null>; expires: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly urls: PublicUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The installation's issuer, named by ISSUER_NAME. */
  installation(): Issuer {
    return { organisationId: null, slug: null, name: this.config.issuer.name, signatory: null, logo: null };
  }

  /** The organisation that issues its cohorts' certificates. */
  async ofOrganisation(organisationId: string): Promise<Issuer> {
    const issuer = await this.cached(`id:${organisationId}`, `SELECT ${COLUMNS} FROM organisations WHERE id = $1`, organisationId);
    if (!issuer) throw new Error(`no organisation ${organisationId}`);
    return issuer;
  }

  /** The organisation with this short name; null when there is none. */
  bySlug(slug: string): Promise<Issuer | null> {
    return this.cached(`slug:${slug}`, `SELECT ${COLUMNS} FROM organisations WHERE slug = $1`, slug);
  }

  /** The issuer as credentials name it (`issuer` and the profile document). */
  profile(issuer: Issuer): Required<Pick<IssuerProfileInput, 'id' | 'name' | 'url' | 'image'>> {
    return { id: this.urls.issuer(issuer.slug), name: issuer.name, url: this.config.publicUrl, image: this.urls.issuerImage(issuer.slug, issuer.logo?.type) };
  }

  /** Forgets what this instance cached, after a change; other instances see it within a minute. */
  forget(): void {
    this.cache.clear();
  }

  private cached(key: string, sql: string, value: string): Promise<Issuer | null> {
    const hit = this.cache.get(key);
    if (hit && hit.expires > Date.now()) return hit.issuer;
    const issuer = this.db.query(sql, [value]).then((rows: IssuerRow[]) => {
      const row = rows[0];
      if (!row) this.cache.delete(key); // a slug that may exist soon is not remembered as missing
      return row ? toIssuer(row) : null;
    });
    issuer.catch(() => this.cache.delete(key));
    this.cache.set(key, { issuer, expires: Date.now() + CACHE_MS });
    return issuer;
  }
}

interface IssuerRow {
  id: string;
  slug: string;
  name: string;
  signatory_name: string | null;
  signatory_title: string | null;
  logo: Buffer | null;
  logo_type: LogoType | null;
}

function toIssuer(row: IssuerRow): Issuer {
  const signatory = row.signatory_name && row.signatory_title ? `${row.signatory_name}, ${row.signatory_title}` : null;
  const logo = row.logo && row.logo_type ? { type: row.logo_type, data: row.logo } : null;
  return { organisationId: row.id, slug: row.slug, name: row.name, signatory, logo };
}
