import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { AUDIT_MAX_PAGE_SIZE } from '../audit';

// The paging rules are spelled out in each class rather than composed into one decorator:
// the OpenAPI plugin reads them from the source to describe each parameter's type and bounds.
export class AuditPageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  @Max(1_000_000, { message: 'offset must be at most 1000000' })
  offset?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(AUDIT_MAX_PAGE_SIZE, { message: `limit must be at most ${AUDIT_MAX_PAGE_SIZE}` })
  limit?: number;
}

/** The administrators' filters: every one is optional; dates are days in Swedish time, both inclusive. */
export class AuditFilterQuery {
  /** Events that touched this person's data. */
  @IsOptional()
  @IsUUID('all', { message: 'person must be a user id' })
  person?: string;

  /** Events done by this user. */
  @IsOptional()
  @IsUUID('all', { message: 'actor must be a user id' })
  actor?: string;

  @IsOptional()
  @Matches(/^[a-z][a-z0-9_.-]{0,63}$/, { message: 'action must be an action code such as cohort.roster.view' })
  action?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a valid date' })
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a valid date' })
  to?: string;
}

/** One page of the filtered events. */
export class AuditEventsQuery extends AuditFilterQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  @Max(1_000_000, { message: 'offset must be at most 1000000' })
  offset?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(AUDIT_MAX_PAGE_SIZE, { message: `limit must be at most ${AUDIT_MAX_PAGE_SIZE}` })
  limit?: number;
}

/** The CSV export takes the same filters (not paged) and the language of its header row. */
export class AuditCsvQuery extends AuditFilterQuery {
  @IsOptional()
  @IsIn(['sv', 'en'], { message: 'lang must be sv or en' })
  lang?: 'sv' | 'en';
}
