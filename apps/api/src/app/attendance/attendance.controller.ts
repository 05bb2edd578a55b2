import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AttendanceHistoryResponse,
  CreatedResponse,
  DayAttendanceDto,
  GuestDto,
  GuestListResponse,
  HostDayListResponse,
  MakeUpBookingDto,
  MakeUpBookingListResponse,
  MarkAttendanceResponse,
  MyMakeUpRequestDto,
  MyMakeUpRequestListResponse,
} from '@peer/contract';
import {
  AcceptMakeUpRequest,
  ApproveAssignmentRequest,
  AskForMakeUpRequest,
  BookingParams,
  BookMakeUpRequest,
  CohortDayParams,
  CohortParams,
  CourseDayIdParams,
  EnrolmentParams,
  GuestAttendanceRequest,
  GuestParams,
  HistoryQuery,
  MarkAttendanceRequest,
  MyEnrolmentParams,
  ReportAbsenceRequest,
} from '@peer/contract/validation';
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
  mark(@CurrentUser() actor: Principal, @Param() params: CohortDayParams, @Body() body: MarkAttendanceRequest): Promise<MarkAttendanceResponse> {
    return this.attendance.mark(actor, params.cohortId, params.dayNumber, body.marks);
  }

  @Get('cohorts/:cohortId/attendance-history')
  @Roles('admin', 'course_leader')
  async history(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: HistoryQuery): Promise<AttendanceHistoryResponse> {
    return { changes: await this.attendance.history(actor, params.cohortId, query.traineeId) };
  }

  @Post('cohorts/:cohortId/enrolments/:enrolmentId/make-ups')
  @Roles('admin', 'course_leader')
  approveAssignment(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams, @Body() body: ApproveAssignmentRequest): Promise<CreatedResponse> {
    return this.attendance.approveAssignment(actor, params.cohortId, params.enrolmentId, body.dayNumber, body.note);
  }

  /** Days with this number in other cohorts of the course: when and where, never who. */
  @Get('cohorts/:cohortId/days/:dayNumber/host-days')
  @Roles('admin', 'course_leader')
  async hostDays(@CurrentUser() actor: Principal, @Param() params: CohortDayParams): Promise<HostDayListResponse> {
    return { days: await this.attendance.hostDays(actor, params.cohortId, params.dayNumber) };
  }

  @Get('cohorts/:cohortId/make-up-bookings')
  @Roles('admin', 'course_leader')
  async bookings(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<MakeUpBookingListResponse> {
    return { bookings: await this.attendance.bookings(actor, params.cohortId) };
  }

  @Post('cohorts/:cohortId/enrolments/:enrolmentId/make-up-bookings')
  @Roles('admin', 'course_leader')
  book(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams, @Body() body: BookMakeUpRequest): Promise<MakeUpBookingDto> {
    return this.attendance.book(actor, params.cohortId, params.enrolmentId, body.dayNumber, body.hostCourseDayId);
  }

  @Post('cohorts/:cohortId/make-up-bookings/:bookingId/accept')
  @Roles('admin', 'course_leader')
  @HttpCode(200)
  accept(@CurrentUser() actor: Principal, @Param() params: BookingParams, @Body() body: AcceptMakeUpRequest): Promise<MakeUpBookingDto> {
    return this.attendance.accept(actor, params.cohortId, params.bookingId, body.hostCourseDayId);
  }

  @Post('cohorts/:cohortId/make-up-bookings/:bookingId/cancel')
  @Roles('admin', 'course_leader')
  @HttpCode(200)
  cancel(@CurrentUser() actor: Principal, @Param() params: BookingParams): Promise<MakeUpBookingDto> {
    return this.attendance.cancel(actor, params.cohortId, params.bookingId);
  }

  /** The host cohort's view of a day's guests: only those booked into it. */
  @Get('cohorts/:cohortId/days/:dayNumber/guests')
  @Roles('admin', 'course_leader')
  async guests(@CurrentUser() actor: Principal, @Param() params: CohortDayParams): Promise<GuestListResponse> {
    return { guests: await this.attendance.guests(actor, params.cohortId, params.dayNumber) };
  }

  @Put('cohorts/:cohortId/days/:dayNumber/guests/:bookingId/attendance')
  @Roles('admin', 'course_leader')
  recordGuest(@CurrentUser() actor: Principal, @Param() params: GuestParams, @Body() body: GuestAttendanceRequest): Promise<GuestDto> {
    return this.attendance.recordGuest(actor, params.cohortId, params.dayNumber, params.bookingId, body.status);
  }

  @Post('me/course-days/:courseDayId/absence')
  @Roles('trainee')
  @HttpCode(204)
  reportAbsence(@CurrentUser() actor: Principal, @Param() params: CourseDayIdParams, @Body() body: ReportAbsenceRequest): Promise<void> {
    return this.attendance.reportAbsence(actor, params.courseDayId, body.reason);
  }

  @Get('me/make-up-requests')
  @Roles('trainee')
  async myRequests(@CurrentUser() actor: Principal): Promise<MyMakeUpRequestListResponse> {
    return { requests: await this.attendance.myRequests(actor) };
  }

  @Post('me/enrolments/:enrolmentId/make-up-requests')
  @Roles('trainee')
  ask(@CurrentUser() actor: Principal, @Param() params: MyEnrolmentParams, @Body() body: AskForMakeUpRequest): Promise<MyMakeUpRequestDto> {
    return this.attendance.ask(actor, params.enrolmentId, body.dayNumber, body.note);
  }
}
