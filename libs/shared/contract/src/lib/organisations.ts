import { UserDto } from './accounts';

// ---- Organisations ----------------------------------------------------------
// The regional associations that run the programme. Each has its own people, cohorts and
// certificates; the national administrator creates them and names their first administrator.

/** Lower-case letters, digits and single hyphens: it appears in addresses (`/issuers/<slug>`). */
export const ORGANISATION_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class OrganisationDto {
  id!: string;
  slug!: string;
  name!: string;
  createdAt!: string;
  /** Its active administrators, so the national administrator sees who to call. */
  administrators!: { id: string; name: string; email: string }[];
}

export class OrganisationListResponse {
  organisations!: OrganisationDto[];
}

export class AddAdministratorResponse {
  administrator!: UserDto;
  /** Shown once to the national administrator; the administrator must change it at first sign-in. */
  temporaryPassword!: string;
}

export class CreateOrganisationResponse {
  organisation!: OrganisationDto;
  administrator!: UserDto;
  /** Shown once to the national administrator; the administrator must change it at first sign-in. */
  temporaryPassword!: string;
}

// ---- Sign-in through an organisation's identity provider (OpenID Connect) --------

/** An organisation whose people may sign in through its identity provider: offered on the login page. */
export class IdentityProviderDto {
  slug!: string;
  name!: string;
}

export class IdentityProviderListResponse {
  providers!: IdentityProviderDto[];
}

/** The organisation's provider as its administrators see it; the client secret is never shown again. */
export class OrganisationIdentityProviderDto {
  issuer!: string;
  clientId!: string;
  /** The claim with a personal identity number a first sign-in may link by; null: by verified e-mail only. */
  identityClaim!: string | null;
  /** A scope asked for besides `openid email`; null for none. */
  identityScope!: string | null;
  /** The address to register at the provider as the client's redirect URI. */
  redirectUri!: string;
}

export class OrganisationIdentityProviderResponse {
  provider!: OrganisationIdentityProviderDto | null;
  /** The address to register at a provider as the client's redirect URI, also before one is set up. */
  redirectUri!: string;
}

/** Who signs the organisation's certificates, printed on each one issued after it is set. */
export class CertificateSignatoryDto {
  name!: string;
  /** E.g. "verksamhetsledare". */
  title!: string;
}

export class CertificateSignatoryResponse {
  signatory!: CertificateSignatoryDto | null;
}

/** The logo printed on an organisation's certificates and named by its issuer profile. */
export class OrganisationLogoDto {
  type!: 'image/png' | 'image/jpeg';
  /** Its public address (`/issuers/<slug>/logo.png` or `.jpg`). */
  url!: string;
}

export class OrganisationLogoResponse {
  logo!: OrganisationLogoDto | null;
}
