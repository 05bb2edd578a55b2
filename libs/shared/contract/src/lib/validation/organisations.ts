import { IsEmail, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsPersonalIdentityNumber } from './validators';
import { ORGANISATION_SLUG_PATTERN } from '../organisations';

export class CreateOrganisationRequest {
  @IsString()
  @Length(2, 40)
  @Matches(ORGANISATION_SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single hyphens' })
  slug!: string;

  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'adminName must not be blank' })
  adminName!: string;

  @IsEmail({}, { message: 'adminEmail must be an e-mail address' })
  @MaxLength(254)
  adminEmail!: string;
}

export class AddAdministratorRequest {
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class OrganisationParams {
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;
}

export class SetIdentityProviderRequest {
  /** The provider's issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  @IsString()
  @MaxLength(500)
  @Matches(/^(https:\/\/[^\s/?#]+|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?)(\/[^\s?#]*)?$/, { message: 'issuer must be an https URL (http only for localhost)' })
  issuer!: string;

  @IsString()
  @Length(1, 200)
  @Matches(/^\S+$/, { message: 'clientId must not contain spaces' })
  clientId!: string;

  @IsString()
  @Length(1, 500)
  clientSecret!: string;

  /**
   * The ID token claim that carries a Swedish personal identity number (e.g. an e-ID broker's
   * `personal_identity_number`): a first sign-in without a verified e-mail links by it.
   */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^\S+$/, { message: 'identityClaim must not contain spaces' })
  identityClaim?: string;

  /** A scope to ask for besides `openid email`, when the provider releases that claim only with it. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[\x21\x23-\x5B\x5D-\x7E]+$/, { message: 'identityScope must be one scope, without spaces or quotes' })
  identityScope?: string;
}

export class SetPersonalIdentityRequest {
  @IsPersonalIdentityNumber()
  personalIdentityNumber!: string;
}

export class SetCertificateSignatoryRequest {
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;
}

/** Up to 200 KB of image, base64-encoded. */
const LOGO_DATA_URL_MAX = 'data:image/jpeg;base64,'.length + Math.ceil((200 * 1024) / 3) * 4;

export class SetOrganisationLogoRequest {
  /** A PNG or JPEG as a data URL: `data:image/png;base64,…`. */
  @IsString()
  @MaxLength(LOGO_DATA_URL_MAX, { message: 'image must be at most 200 KB' })
  @Matches(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { message: 'image must be a PNG or JPEG data URL (data:image/png;base64,…)' })
  image!: string;
}
