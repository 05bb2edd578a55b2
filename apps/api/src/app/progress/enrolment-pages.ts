import type { Enrolment } from '../cohorts/cohort.repository';

export interface EnrolmentPage {
  /** Active enrolments of the cohort in all. */
  total: number;
  enrolments: Enrolment[];
}

/**
 * A page of a cohort's active enrolments, in the matrix's order: by name, then enrolment time,
 * then id. Reading only the page keeps an unfiltered matrix page as cheap for 1,000 trainees
 * as for 20.
 */
export abstract class EnrolmentPages {
  abstract page(cohortId: string, offset: number, limit: number): Promise<EnrolmentPage>;
}
