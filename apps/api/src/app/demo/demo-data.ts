import type { Role } from '@peer/contract';

/** Shared by every demo account; printed at start. Never use demo data in production. */
export const DEMO_PASSWORD = 'peer-demo-2026';

export interface DemoPerson {
  name: string;
  email: string;
  role: Role;
}

const person = (name: string, role: Role): DemoPerson => ({
  name,
  role,
  email: `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '.')}@example.org`,
});

/** Two regional organisations; everything below belongs to Göteborg unless it says Skåne. */
export const DEMO_ORGANISATIONS = {
  goteborg: { slug: 'nsph-goteborg', name: 'NSPH Göteborg', signatoryName: 'Ylva Sjöberg', signatoryTitle: 'verksamhetsledare' },
  skane: { slug: 'nsph-skane', name: 'NSPH Skåne' },
} as const;
export type DemoOrganisation = keyof typeof DEMO_ORGANISATIONS;

/** Creates the organisations and their first administrators; reaches no trainee. */
export const DEMO_NATIONAL_ADMIN = person('Birgitta Ahlgren', 'national_admin');
export const DEMO_ADMIN = person('Ylva Sjöberg', 'admin');
export const DEMO_SKANE_ADMIN = person('Malin Persson', 'admin');
export const DEMO_LEADERS = [person('Eva Kärrlund', 'course_leader'), person('Håkan Ström', 'course_leader')];
export const DEMO_TRAINEES = [
  'Åsa Lindström', 'Björn Öberg', 'Märta Ålund', 'Jörgen Sävström', 'Ingrid Nyström', 'Göran Häll',
  'Lena Åkesson', 'Anders Björk', 'Karin Fröding', 'Sören Ekström', 'Maja Älvsjö', 'Tove Östlund',
].map((name) => person(name, 'trainee'));

/** The demo cohort: halfway through the base course, with a few absences to act on. */
export const DEMO_COHORT = {
  name: 'Grundutbildning Göteborg',
  place: 'Föreningshuset, Järntorget, Göteborg',
  exceptions: {
    [`${DEMO_TRAINEES[1]?.email}#3`]: 'absent_unexcused',
    [`${DEMO_TRAINEES[2]?.email}#2`]: 'late',
    [`${DEMO_TRAINEES[6]?.email}#4`]: 'absent_excused',
    [`${DEMO_TRAINEES[0]?.email}#4`]: 'absent_excused',
  } as Record<string, 'absent_unexcused' | 'absent_excused' | 'late'>,
  assignmentMakeUp: { email: DEMO_TRAINEES[6]?.email as string, dayNumber: 4 },
};

/** A cohort that has finished the base course: every requirement met, ready to certify. */
export const DEMO_FINISHED_COHORT = {
  name: 'Grundutbildning Borås',
  place: 'Sjuhärads folkhögskola, Borås',
  leader: DEMO_LEADERS[1] as DemoPerson,
  trainees: ['Örjan Ängström', 'Elin Åberg', 'Nils Österlund'].map((name) => person(name, 'trainee')),
};

/**
 * A peer supporter certified almost three years ago, now renewing: her base certificate expires
 * within 90 days (so a reminder goes out), she has been in group supervision since, and she has
 * done the refresher day, ready for her leader to certify.
 */
export const DEMO_RENEWAL = {
  holder: person('Signe Lövgren', 'trainee'),
  leader: person('Pia Sundberg', 'course_leader'),
  place: 'Folkuniversitetet, Lund',
  baseCohort: 'Grundutbildning Lund',
  refresherCohort: 'Uppdatering Lund',
  supervisionGroup: 'Handledning Lund',
  /** Days from today to the end of the base certificate's validity. */
  expiresInDays: 60,
  /** Monthly 90-minute sessions so far: one short of the renewal's ten hours until the next. */
  supervisionSessions: 6,
};

/**
 * A peer supporter who has moved: certified in NSPH Göteborg's base course, she now takes the
 * psychosis module in NSPH Skåne, whose leader sees that her prerequisite is met.
 */
export const DEMO_MOVED = {
  trainee: person('Rut Holmberg', 'trainee'),
  baseCohort: 'Grundutbildning Alingsås',
  basePlace: 'Folkets hus, Alingsås',
  moduleCohort: 'Psykosmodul Lund',
};

/** The organisation of each demo person who is not Göteborg's. */
export const DEMO_SKANE_PEOPLE = new Set([DEMO_SKANE_ADMIN.email, DEMO_RENEWAL.leader.email, DEMO_RENEWAL.holder.email, DEMO_MOVED.trainee.email]);
