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

export class OrganisationParams {
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;
}
