import type { CourseSummaryDto, CourseVersionDto, CourseVersionSummaryDto, StudyVisitRequirementDto } from '@peer/contract';
import type { Course, RolePlayScenario } from '@peer/curriculum/model';

// Test fixtures: a small, fictional two-day course. Never imported by production code.

export const PUBLISHED_AT = '2026-01-12T09:00:00.000Z';

export function aCourseSummary(overrides: Partial<CourseSummaryDto> = {}): CourseSummaryDto {
  return {
    id: 'base',
    kind: 'base',
    title: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' },
    summary: { sv: 'Tolv kursdagar med teori och praktik.', en: 'Twelve course days of theory and practice.' },
    prerequisites: [],
    dayCount: 12,
    hours: 72,
    latestVersion: 1,
    publishedAt: PUBLISHED_AT,
    organisation: null,
    ...overrides,
  };
}

export function aVersionSummary(version: number, courseId = 'base'): CourseVersionSummaryDto {
  return { courseId, version, contentHash: `sha256:${String(version).padStart(64, '0')}`, publishedAt: PUBLISHED_AT };
}

export const BOUNDARY_QUESTION: RolePlayScenario = {
  id: 'boundary-question',
  title: { sv: 'En gränsfråga', en: 'A boundary question' },
  situation: { sv: 'En patient ber om ett privat telefonnummer.', en: 'A patient asks for a private phone number.' },
  roles: [
    { role: 'peer-supporter', brief: { sv: 'Säg nej på ett varmt sätt.', en: 'Say no warmly.' } },
    { role: 'service-user', brief: { sv: 'Ett nej känns som ett svek.', en: 'A no feels like a betrayal.' } },
  ],
  rubric: [
    { id: 'says-no-clearly', text: { sv: 'Säger tydligt nej till privat kontakt.', en: 'Clearly says no to private contact.' } },
    { id: 'explains-why', text: { sv: 'Förklarar varför gränsen finns.', en: 'Explains why the boundary exists.' } },
    { id: 'acknowledges-relationship', text: { sv: 'Bekräftar det som har varit värdefullt.', en: 'Acknowledges what has been valuable.' } },
    { id: 'offers-alternatives', text: { sv: 'Hjälper patienten att hitta andra vägar.', en: 'Helps the patient find other routes.' } },
  ],
  debriefQuestions: [{ sv: 'Vilka gränser är svårast att hålla?', en: 'Which boundaries are hardest to keep?' }],
};

export function aCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: 'base',
    kind: 'base',
    title: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' },
    summary: { sv: 'Kursdagar med teori och praktik.', en: 'Course days of theory and practice.' },
    language: ['sv', 'en'],
    prerequisites: [],
    dayCount: 2,
    hours: 5,
    themes: [
      { id: 'recovery', title: { sv: 'Återhämtning', en: 'Recovery' } },
      { id: 'boundaries', title: { sv: 'Gränser och peer drift', en: 'Boundaries and peer drift' } },
    ],
    days: [
      {
        number: 1,
        title: { sv: 'Återhämtning', en: 'Recovery' },
        themes: ['recovery'],
        learningOutcomes: [
          { id: 'explain-recovery', text: { sv: 'Kan förklara personlig återhämtning.', en: 'Can explain personal recovery.' } },
        ],
        sessions: [
          { title: { sv: 'Vad är återhämtning?', en: 'What is recovery?' }, kind: 'lecture', minutes: 90 },
          { title: { sv: 'Reflektion', en: 'Reflection' }, kind: 'reflection', minutes: 30 },
        ],
        rolePlays: [],
        exercises: [
          {
            id: 'recovery-timeline',
            title: { sv: 'Min tidslinje', en: 'My timeline' },
            instructions: { sv: 'Rita din väg till återhämtning.', en: 'Draw your path to recovery.' },
          },
        ],
      },
      {
        number: 2,
        title: { sv: 'Gränser', en: 'Boundaries' },
        themes: ['boundaries'],
        learningOutcomes: [{ id: 'keep-boundaries', text: { sv: 'Kan hålla gränser.', en: 'Can keep boundaries.' } }],
        sessions: [
          { title: { sv: 'Gränser i rollen', en: 'Boundaries in the role' }, kind: 'dialogue', minutes: 60 },
          { title: { sv: 'Rollspel: en gränsfråga', en: 'Role-play: a boundary question' }, kind: 'role-play', minutes: 120 },
        ],
        rolePlays: ['boundary-question'],
        exercises: [],
      },
    ],
    studyVisits: [
      {
        id: 'inpatient-visit',
        kind: 'inpatient',
        title: { sv: 'Studiebesök i heldygnsvård', en: 'Study visit to an inpatient unit' },
        purpose: { sv: 'Att se hur en avdelning fungerar.', en: 'To see how a ward works.' },
        minHours: 4,
        reflectionQuestions: [
          { sv: 'Hur tas en person emot?', en: 'How is a person received?' },
          { sv: 'Vilka regler styr vardagen?', en: 'Which rules shape everyday life?' },
          { sv: 'Vad väckte besöket hos dig?', en: 'What did the visit stir in you?' },
        ],
      },
      {
        id: 'housing-visit',
        kind: 'housing-support',
        title: { sv: 'Studiebesök i boendestöd', en: 'Study visit to housing support' },
        purpose: { sv: 'Att möta kommunens stöd.', en: 'To meet the municipality’s support.' },
        minHours: 2,
        reflectionQuestions: [
          { sv: 'Hur ser stödet ut?', en: 'What does the support look like?' },
          { sv: 'Var finns plats för peer support?', en: 'Where is there room for peer support?' },
          { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
        ],
      },
    ],
    completion: {
      attendance: {
        maxMadeUpAbsences: 2,
        makeUpMethods: ['other-cohort', 'assignment'],
        assignmentGuidance: { sv: 'Skriv en reflektion på 1–2 sidor.', en: 'Write a 1–2 page reflection.' },
      },
      rolePlays: ['boundary-question'],
      studyVisits: ['inpatient-visit'],
    },
    certificate: {
      title: { sv: 'Yrkesbevis: certifierad peer supporter', en: 'Professional certificate: certified peer supporter' },
      description: { sv: 'Innehavaren har genomgått grundutbildningen.', en: 'The holder has completed the base course.' },
      competences: [
        { id: 'recovery-oriented-support', text: { sv: 'Ger återhämtningsinriktat stöd.', en: 'Gives recovery-oriented support.' } },
      ],
    },
    ...overrides,
  };
}

export function aCourseVersion(version = 1, course: Course = aCourse()): CourseVersionDto {
  return {
    ...aVersionSummary(version, course.id),
    content: { format: 'peer-academy.course-version/1', course, scenarios: [BOUNDARY_QUESTION] },
  };
}

export function studyVisitsOf(course: Course = aCourse()): StudyVisitRequirementDto[] {
  const kindTitles: Record<string, { sv: string; en: string }> = {
    inpatient: { sv: 'Heldygnsvård', en: 'Inpatient care' },
    'housing-support': { sv: 'Boendestöd', en: 'Housing support' },
  };
  return course.studyVisits.map((visit) => ({
    ...visit,
    required: course.completion.studyVisits.includes(visit.id),
    kindTitle: kindTitles[visit.kind] ?? { sv: visit.kind, en: visit.kind },
  }));
}
