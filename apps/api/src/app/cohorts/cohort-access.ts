/**
 * Who may work with a cohort is part of the principal's reach, decided in one place:
 * see {@link Reach}. The old name stays for the features that inject it.
 */
export { Reach as CohortAccess, OutOfReach } from './reach';
