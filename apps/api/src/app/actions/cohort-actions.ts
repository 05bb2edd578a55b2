import { Injectable } from '@nestjs/common';
import type { CohortActionsDto } from '@peer/contract';
import type { Principal } from '../auth/principal';
import { Reach } from '../cohorts/reach';
import { stockholmToday } from '../common/stockholm-time';
import { ProgressService } from '../progress/progress.service';
import { ActionsRepository } from './actions.repository';

/**
 * What a cohort needs from its staff now, as counts: attendance not taken for days already held,
 * make-ups still open, study visits to approve, required role-plays not yet passed, and trainees
 * who meet every requirement but hold no certificate yet. Counts only: no person is named, so
 * reading them is not an access to anyone's data.
 */
@Injectable()
export class CohortActions {
  constructor(
    private readonly access: Reach,
    private readonly progress: ProgressService,
    private readonly actions: ActionsRepository,
  ) {}

  async of(actor: Principal, cohortId: string): Promise<CohortActionsDto> {
    await this.access.assertStaff(actor, cohortId);
    const [evaluated, attendanceToTake, visitsToApprove] = await Promise.all([
      this.progress.evaluateCohort(cohortId),
      this.actions.daysWithoutAttendance(cohortId, stockholmToday()),
      this.actions.visitsToApprove(cohortId),
    ]);
    const ready = evaluated.trainees.filter((t) => t.result.certifiable).map((t) => t.enrolment.traineeId);
    const certified = await this.actions.certified(evaluated.content.course.id, evaluated.cohort.version, ready);
    return {
      cohortId,
      attendanceToTake,
      makeUpsOpen: evaluated.trainees.reduce((sum, t) => sum + t.result.openMakeUps.length, 0),
      visitsToApprove,
      rolePlaysToObserve: evaluated.trainees.reduce((sum, t) => sum + t.result.requirements.filter((r) => r.kind === 'role-play' && r.status === 'pending').length, 0),
      readyToCertify: ready.filter((id) => !certified.has(id)).length,
    };
  }
}
