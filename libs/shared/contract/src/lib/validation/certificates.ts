import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, MaxLength } from 'class-validator';
import { CERTIFICATE_LANGUAGES, type CertificateLanguage, REVOCATION_REASONS, type RevocationReason, REVOCATION_NOTE_MAX, EXPIRING_MAX_DAYS, SHARE_LINK_MAX_CERTIFICATES } from '../certificates';

export class CertifyRequest {
  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;
}

export class RevokeRequest {
  @IsIn(REVOCATION_REASONS, { message: `reason must be one of ${REVOCATION_REASONS.join(', ')}` })
  reason!: RevocationReason;

  /** Internal: for staff only, never shown publicly. */
  @IsOptional()
  @IsString()
  @MaxLength(REVOCATION_NOTE_MAX, { message: `note must be at most ${REVOCATION_NOTE_MAX} characters` })
  note?: string;
}

export class ReissueRequest {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'holderName must not be blank' })
  holderName?: string;

  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;

  @IsString()
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;
}

/** Valid certificates whose validity ends within `days` days from now. */
export class ExpiringCertificatesQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(EXPIRING_MAX_DAYS, { message: `days must be at most ${EXPIRING_MAX_DAYS}` })
  days?: number;
}

export class RenewRequest {
  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;
}

export class CertificateParams {
  @IsUUID('all', { message: 'certificateId must be a certificate id' })
  certificateId!: string;
}

export class JobParams {
  @IsUUID('all', { message: 'jobId must be a job id' })
  jobId!: string;
}

/** What a new share link shows: at least one of her certificates, and optionally her supervision hours. */
export class CreateShareLinkRequest {
  @IsArray({ message: 'certificateIds must be a list of certificate ids' })
  @ArrayMinSize(1, { message: 'certificateIds must name at least one certificate' })
  @ArrayMaxSize(SHARE_LINK_MAX_CERTIFICATES, { message: `certificateIds must name at most ${SHARE_LINK_MAX_CERTIFICATES} certificates` })
  @ArrayUnique({ message: 'certificateIds must not name a certificate twice' })
  @IsUUID('all', { each: true, message: 'certificateIds must be certificate ids' })
  certificateIds!: string[];

  @IsOptional()
  @IsBoolean({ message: 'includeSupervision must be true or false' })
  includeSupervision?: boolean;
}

export class ShareLinkParams {
  @IsUUID('all', { message: 'linkId must be a share link id' })
  linkId!: string;
}
