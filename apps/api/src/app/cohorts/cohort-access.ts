import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { CohortRepository } from './cohort.repository';

/** Who may work with a cohort: administrators, and the cohort's own course leaders. */
@Injectable()
export class CohortAccess {
  constructor(private readonly cohorts: CohortRepository) {}

  async assertStaff(principal: Principal, cohortId: string): Promise<void> {
    if (!(await this.cohorts.exists(cohortId))) throw new NotFoundException('No such cohort');
    if (principal.user.role === 'admin') return;
    if (principal.user.role === 'course_leader' && (await this.cohorts.isLeader(cohortId, principal.user.id))) return;
    throw new ForbiddenException('Only the course leaders of this cohort and administrators may do this');
  }
}
