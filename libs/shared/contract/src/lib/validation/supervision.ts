import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class CreateSupervisionGroupRequest {
  @IsString()
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'supervisorIds must name at least one supervisor' })
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'supervisorIds must be user ids' })
  supervisorIds!: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'memberIds must be user ids' })
  memberIds!: string[];
}

export class SupervisionMarkRequest {
  @IsUUID('all', { message: 'traineeId must be a user id' })
  traineeId!: string;

  @IsBoolean()
  present!: boolean;
}

export class RecordSupervisionSessionRequest {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date!: string;

  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM' })
  startTime!: string;

  @Type(() => Number)
  @IsInt({ message: 'minutes must be a whole number' })
  @Min(15, { message: 'minutes must be at least 15' })
  @Max(480, { message: 'minutes must be at most 480' })
  minutes!: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  place?: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SupervisionMarkRequest)
  attendance!: SupervisionMarkRequest[];
}

export class SupervisionGroupParams {
  @IsUUID('all', { message: 'groupId must be a supervision group id' })
  groupId!: string;
}

export class SupervisionSessionParams {
  @IsUUID('all', { message: 'sessionId must be a supervision session id' })
  sessionId!: string;
}

export class SupervisionReflectionRequest {
  @IsString()
  @Length(1, 4000, { message: 'text must be 1 to 4000 characters' })
  text!: string;
}
