import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import type { Cohort, Enrolment } from './cohort.repository';
import { ReachRepository, ReachScope } from './reach.repository';

export type { ReachScope } from './reach.repository';

/** The one message for "does not exist" and "outside your reach": the answer never tells which. */
export const NOT_FOUND_MESSAGE = 'Not found';

/** Raised for anything that does not exist or is outside the caller's reach; both look the same. */
export class OutOfReach extends NotFoundException {
  constructor() {
    super(NOT_FOUND_MESSAGE);
  }
}

/**
 * Who may see what, decided in one place (DESIGN.md "Who may see what"): an administrator reaches
 * her organisation's cohorts and their trainees' records; a course leader the cohorts they lead and, through enrolments in them, those
 * trainees' records; a trainee only herself. A host cohort's leader additionally reaches the
 * guests booked into their days, through the booking. Services ask this; controllers only
 * declare roles. A wrong role is 403; anything outside reach is {@link OutOfReach} (404).
 */
@Injectable()
export class Reach {
  constructor(private readonly reach: ReachRepository) {}

  /** The scope the queries apply for this principal. */
  scope(principal: { user: Pick<Principal['user'], 'id' | 'role' | 'organisationId'> }): ReachScope {
    const { id, role, organisationId } = principal.user;
    if (role === 'admin' && organisationId) return { kind: 'organisation', organisationId };
    if (role === 'course_leader') return { kind: 'leader', userId: id };
    // The national administrator reaches no trainee: she is herself, like a trainee with no record.
    return { kind: 'self', userId: id };
  }

  /** The cohort when this user reaches it as staff, else null (for reads without a request, e.g. a calendar feed). */
  async staffCohortOf(user: Pick<Principal['user'], 'id' | 'role' | 'organisationId'>, cohortId: string): Promise<Cohort | null> {
    if (user.role === 'trainee' || user.role === 'national_admin') return null;
    return this.reach.cohort(this.scope({ user }), cohortId);
  }

  /** A cohort the staff member works with: 403 for a trainee, 404 outside reach. */
  async staffCohort(principal: Principal, cohortId: string): Promise<Cohort> {
    const cohort = await this.reach.cohort(this.staffScope(principal), cohortId);
    if (!cohort) throw new OutOfReach();
    return cohort;
  }

  /** Kept for the callers that only need the check. */
  async assertStaff(principal: Principal, cohortId: string): Promise<void> {
    await this.staffCohort(principal, cohortId);
  }

  /** An enrolment of that cohort, reached through it. */
  async staffEnrolment(principal: Principal, cohortId: string, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.reach.enrolment(this.staffScope(principal), enrolmentId, cohortId);
    if (!enrolment) throw new OutOfReach();
    return enrolment;
  }

  /** An enrolment wherever it is (e.g. behind an attempt, visit or certificate), reached through its cohort. */
  async staffEnrolmentById(principal: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.reach.enrolment(this.staffScope(principal), enrolmentId);
    if (!enrolment) throw new OutOfReach();
    return enrolment;
  }

  /** A trainee of that cohort, reached through her enrolment there. */
  async staffTrainee(principal: Principal, cohortId: string, traineeId: string): Promise<Enrolment> {
    const enrolment = await this.reach.traineeEnrolment(this.staffScope(principal), cohortId, traineeId);
    if (!enrolment) throw new OutOfReach();
    return enrolment;
  }

  /** The trainee's own enrolment; anyone else's looks like none. */
  async ownEnrolment(principal: Principal, enrolmentId: string): Promise<Enrolment> {
    const enrolment = await this.reach.enrolment({ kind: 'self', userId: principal.user.id }, enrolmentId);
    if (!enrolment) throw new OutOfReach();
    return enrolment;
  }

  private staffScope(principal: Principal): ReachScope {
    if (principal.user.role === 'trainee' || principal.user.role === 'national_admin') throw new ForbiddenException('Only course leaders and administrators may do this');
    return this.scope(principal);
  }
}
