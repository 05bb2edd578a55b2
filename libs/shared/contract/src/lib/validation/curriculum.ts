import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MAX_INTEGER_COLUMN } from '../errors';

/** A course or scenario id: kebab-case, prefixed `<organisation-slug>.` for an organisation's own. */
export const CURRICULUM_ID = /^([a-z0-9]+(-[a-z0-9]+)*\.)?[a-z0-9]+(-[a-z0-9]+)*$/;

export class CourseParams {
  @Matches(CURRICULUM_ID, { message: 'courseId must be a course id' })
  courseId!: string;
}

export class CourseVersionParams extends CourseParams {
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `version must be at most ${MAX_INTEGER_COLUMN}` })
  version!: number;
}

export class CourseDayParams extends CourseVersionParams {
  @Type(() => Number)
  @IsInt({ message: 'day must be a whole number' })
  @Min(1, { message: 'day must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `day must be at most ${MAX_INTEGER_COLUMN}` })
  day!: number;
}

export class CourseDiffQuery {
  @Type(() => Number)
  @IsInt({ message: 'from must be a whole number' })
  @Min(1, { message: 'from must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `from must be at most ${MAX_INTEGER_COLUMN}` })
  from!: number;
}
