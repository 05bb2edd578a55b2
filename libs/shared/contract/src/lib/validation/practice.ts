import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CURRICULUM_ID } from './curriculum';
import { IsDecimal } from './validators';
import { ROLE_PLAY_RESULTS, type RolePlayResultValue, STUDY_VISIT_STATES, type StudyVisitState } from '../practice';

export class StartRolePlayRequest {
  @Matches(CURRICULUM_ID, { message: 'scenarioId must be a scenario id' })
  scenarioId!: string;
}

export class CriterionMarkRequest {
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'criterionId must be a criterion id' })
  criterionId!: string;

  @IsBoolean({ message: 'shown must be true or false' })
  shown!: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  feedback?: string;
}

export class SaveObservationRequest {
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionMarkRequest)
  criteria!: CriterionMarkRequest[];

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  overallFeedback?: string;

  /** The result chosen so far; kept with the draft, decided only by signing. */
  @IsOptional()
  @IsIn(ROLE_PLAY_RESULTS, { message: `result must be one of: ${ROLE_PLAY_RESULTS.join(', ')}` })
  result?: RolePlayResultValue | null;
}

export class SignObservationRequest {
  @IsIn(ROLE_PLAY_RESULTS, { message: `result must be one of: ${ROLE_PLAY_RESULTS.join(', ')}` })
  result!: RolePlayResultValue;
}

export class ReflectionRequest {
  @IsString()
  @Length(1, 2000)
  text!: string;
}

export class AttemptParams {
  @IsUUID('all', { message: 'attemptId must be an attempt id' })
  attemptId!: string;
}

/** No line breaks: these fields end up in mail text and headers, where a break starts a new line. */
const SINGLE_LINE = /^[^\r\n\u0085\u2028\u2029]*$/;

export class RegisterStudyVisitRequest {
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId!: string;

  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'requirementId must be a study-visit requirement id' })
  requirementId!: string;

  @IsString()
  @Length(2, 200)
  @Matches(SINGLE_LINE, { message: 'unitName must be one line' })
  unitName!: string;

  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kind must be a study-visit kind id' })
  kind!: string;

  @IsString()
  @Length(2, 200)
  @Matches(SINGLE_LINE, { message: 'organisation must be one line' })
  organisation!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a date as YYYY-MM-DD' })
  date!: string;

  @IsDecimal(1, { message: 'hours must be a number with at most one decimal' })
  @Min(0.5, { message: 'hours must be at least 0.5' })
  @Max(24, { message: 'hours must be at most 24' })
  hours!: number;

  @IsEmail({}, { message: 'hostEmail must be an e-mail address' })
  @MaxLength(254)
  @Matches(SINGLE_LINE, { message: 'hostEmail must be one line' })
  hostEmail!: string;
}

export class ReflectionAnswersRequest {
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 3000, { each: true, message: 'each answer must be 1 to 3000 characters' })
  answers!: string[];
}

export class ReturnVisitRequest {
  @IsString()
  @Length(1, 2000)
  comment!: string;
}

export class StudyVisitParams {
  @IsUUID('all', { message: 'visitId must be a study visit id' })
  visitId!: string;
}

export class StudyVisitQueueQuery {
  @IsOptional()
  @IsIn(STUDY_VISIT_STATES, { message: `status must be one of: ${STUDY_VISIT_STATES.join(', ')}` })
  status?: StudyVisitState;
}

export class CohortStudyVisitParams {
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;

  @IsUUID('all', { message: 'visitId must be a study visit id' })
  visitId!: string;
}

export class HostTokenParams {
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be a confirmation token' })
  token!: string;
}
