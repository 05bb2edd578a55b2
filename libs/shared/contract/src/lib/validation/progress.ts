import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_INTEGER_COLUMN } from '../errors';
import { PROGRESS_MAX_PAGE_SIZE, PROGRESS_FILTERS } from '../progress';

export class CohortProgressQuery {
  /** `blocked`: trainees with any unmet requirement; `certifiable`: the others. */
  @IsOptional()
  @IsIn(PROGRESS_FILTERS, { message: `show must be one of: ${PROGRESS_FILTERS.join(', ')}` })
  show?: (typeof PROGRESS_FILTERS)[number];

  /** Only trainees for whom this requirement is unmet. */
  @IsOptional()
  @Matches(/^[a-z0-9:-]{1,100}$/, { message: 'requirement must be a requirement id' })
  requirement?: string;

  @IsOptional()
  @IsIn(['sv', 'en'], { message: 'lang must be sv or en' })
  lang?: 'sv' | 'en';
}

/** The matrix page: the filters plus which rows of the filtered list (ordered by name). */
export class CohortProgressPageQuery extends CohortProgressQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  @Max(MAX_INTEGER_COLUMN, { message: `offset must be at most ${MAX_INTEGER_COLUMN}` })
  offset?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(PROGRESS_MAX_PAGE_SIZE, { message: `limit must be at most ${PROGRESS_MAX_PAGE_SIZE}` })
  limit?: number;
}
