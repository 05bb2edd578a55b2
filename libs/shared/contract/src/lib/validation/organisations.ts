import { IsEmail, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
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
