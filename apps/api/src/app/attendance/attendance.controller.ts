import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApproveAssignmentRequest,
  AttendanceHistoryResponse,
  CohortDayParams,
  CohortParams,
  CourseDayIdParams,
  DayAttendanceDto,
  EnrolmentParams,
  HistoryQuery,
  MakeUpCandidateListResponse,
  MarkAttendanceRequest,
  RecordGuestMakeUpRequest,
  ReportAbsenceRequest,
} from '@peer/contract';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { AttendanceService } from './attendance.service';

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Get('cohorts/:cohortId/days/:dayNumber/attendance')
  @Roles('admin', 'course_leader')
  day(@CurrentUser() actor: Principal, @Param() params: CohortDayParams): Promise<DayAttendanceDto> {
    return this.attendance.day(actor, params.cohortId, params.dayNumber);
  }

  @Put('cohorts/:cohortId/days/:dayNumber/attendance')
  @Roles('admin', 'course_leader')
  mark(@CurrentUser() actor: Principal, @Param() params: CohortDayParams, @Body() body: MarkAttendanceRequest): Promise<{ changed: number }> {
    return this.attendance.mark(actor, params.cohortId, params.dayNumber, body.marks);
  }

  @Get('cohorts/:cohortId/attendance-history')
  @Roles('admin', 'course_leader')
  async history(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: HistoryQuery): Promise<AttendanceHistoryResponse> {
    return { changes: await this.attendance.history(actor, params.cohortId, query.traineeId) };
  }

  @Get('cohorts/:cohortId/days/:dayNumber/make-up-candidates')
  @Roles('admin', 'course_leader')
  async candidates(@CurrentUser() actor: Principal, @Param() params: CohortDayParams): Promise<MakeUpCandidateListResponse> {
    return { candidates: await this.attendance.makeUpCandidates(actor, params.cohortId, params.dayNumber) };
  }

  @Post('cohorts/:cohortId/days/:dayNumber/make-ups')
  @Roles('admin', 'course_leader')
  recordGuest(@CurrentUser() actor: Principal, @Param() params: CohortDayParams, @Body() body: RecordGuestMakeUpRequest): Promise<{ id: string }> {
    return this.attendance.recordGuest(actor, params.cohortId, params.dayNumber, body.traineeId);
  }

  @Post('cohorts/:cohortId/enrolments/:enrolmentId/make-ups')
  @Roles('admin', 'course_leader')
  approveAssignment(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams, @Body() body: ApproveAssignmentRequest): Promise<{ id: string }> {
    return this.attendance.approveAssignment(actor, params.cohortId, params.enrolmentId, body.dayNumber, body.note);
  }

  @Post('me/course-days/:courseDayId/absence')
  @Roles('trainee')
  @HttpCode(204)
  reportAbsence(@CurrentUser() actor: Principal, @Param() params: CourseDayIdParams, @Body() body: ReportAbsenceRequest): Promise<void> {
    return this.attendance.reportAbsence(actor, params.courseDayId, body.reason);
  }
}
