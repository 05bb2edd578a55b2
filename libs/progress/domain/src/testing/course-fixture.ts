/**
 * Course version fixtures for the completion engine's tests.
 * Not part of the library's public API.
 */
import {
  COURSE_VERSION_FORMAT,
  type AttendanceRule,
  type Course,
  type CourseDay,
  type CourseVersionContent,
  type RolePlayScenario,
  type StudyVisitRequirement,
  type Text,
} from '@peer/curriculum/model';

function text(sv: string, en: string): Text {
  return { sv, en };
}

function day(number: number, title: Text, rolePlays: readonly string[] = []): CourseDay {
  return {
    number,
    title,
    themes: [],
    learningOutcomes: [],
    sessions: [{ title, kind: 'lecture', minutes: 360 }],
    rolePlays,
    exercises: [],
  };
}

function scenario(id: string, title: Text): RolePlayScenario {
  return {
    id,
    title,
    situation: text(`Situation för ${id}.`, `Situation for ${id}.`),
    roles: [
      { role: 'peer-supporter', brief: text('Peer supporter.', 'Peer supporter.') },
      { role: 'service-user', brief: text('Patient.', 'Patient.') },
    ],
    rubric: [1, 2, 3, 4].map((n) => ({ id: `criterion-${n}`, text: text(`Kriterium ${n}.`, `Criterion ${n}.`) })),
    debriefQuestions: [text('Hur gick det?', 'How did it go?')],
  };
}

function studyVisit(id: string, kind: string, title: Text): StudyVisitRequirement {
  return {
    id,
    kind,
    title,
    purpose: text(`Syfte med ${id}.`, `Purpose of ${id}.`),
    minHours: 4,
    reflectionQuestions: [1, 2, 3].map((n) => text(`Fråga ${n}?`, `Question ${n}?`)),
  };
}

function course(
  days: readonly CourseDay[],
  studyVisits: readonly StudyVisitRequirement[],
  completion: Course['completion'],
): Course {
  return {
    id: 'base',
    kind: 'base',
    title: text('Grundutbildning för peer supporter', 'Base course for peer supporters'),
    summary: text('Kursdagar med teori och praktik.', 'Course days of theory and practice.'),
    language: ['sv', 'en'],
    prerequisites: [],
    dayCount: days.length,
    hours: days.length * 6,
    themes: [],
    days,
    studyVisits,
    completion,
    certificate: {
      title: text('Yrkesbevis: certifierad peer supporter', 'Professional certificate: certified peer supporter'),
      description: text('Har genomgått grundutbildningen.', 'Has completed the base course.'),
      competences: [],
    },
  };
}

const BASE_DAYS: readonly [Text, readonly string[]][] = [
  [text('Introduktion: peer support och återhämtning', 'Introduction: peer support and recovery'), []],
  [text('Återhämtningens processer: CHIME och hopp', 'The processes of recovery: CHIME and hope'), []],
  [text('Egen erfarenhet som kunskap', 'Lived experience as knowledge'), []],
  [text('Speglingseffekten och det första mötet', 'The mirroring effect and the first meeting'), ['first-meeting-at-admission']],
  [text('Stigma, självstigma och egenmakt', 'Stigma, self-stigma and empowerment'), ['conversation-about-shame']],
  [text('Peer supporterns roll och uppgifter', "The peer supporter's role and tasks"), []],
  [text('Vårdens organisation, lagar och tystnadsplikt', 'How care is organised, laws and confidentiality'), ['confidentiality-dilemma']],
  [text('Samtal och de-eskalering', 'Conversation and de-escalation'), ['de-escalating-an-aggressive-conversation']],
  [text('Teamarbete: bryggan mellan patient och personal', 'Teamwork: the bridge between patient and staff'), ['handover-to-staff']],
  [text('Gränser och peer drift', 'Boundaries and peer drift'), ['boundary-question']],
  [text('Återhämtningsinriktade metoder', 'Recovery-oriented methods'), []],
  [text('Egenvård, handledning och avslutning', 'Self-care, supervision and closing'), []],
];

const BASE_SCENARIOS: readonly RolePlayScenario[] = [
  scenario('boundary-question', text('En gränsfråga', 'A boundary question')),
  scenario('confidentiality-dilemma', text('Ett tystnadspliktsdilemma', 'A confidentiality dilemma')),
  scenario('conversation-about-shame', text('Ett samtal om skam', 'A conversation about shame')),
  scenario(
    'de-escalating-an-aggressive-conversation',
    text('Att vända ett aggressivt samtal till ömsesidig förståelse', 'Turning an aggressive conversation into mutual understanding'),
  ),
  scenario('first-meeting-at-admission', text('Första mötet vid inskrivning', 'A first meeting at admission')),
  scenario('handover-to-staff', text('En överlämning till personal', 'A hand-over to staff')),
];

export const BASE_ATTENDANCE_RULE: AttendanceRule = {
  maxMadeUpAbsences: 2,
  makeUpMethods: ['other-cohort', 'assignment'],
  assignmentGuidance: text('Skriv en reflektion.', 'Write a reflection.'),
};

/**
 * A trimmed copy of the shipped base course: 12 days with their real titles,
 * the six required role-plays and the two required study visits, at most two
 * absences made up in another cohort or by an assignment.
 */
export function baseCourseContent(attendance: AttendanceRule = BASE_ATTENDANCE_RULE): CourseVersionContent {
  return {
    format: COURSE_VERSION_FORMAT,
    course: course(
      BASE_DAYS.map(([title, rolePlays], index) => day(index + 1, title, rolePlays)),
      [
        studyVisit('inpatient-visit', 'inpatient', text('Studiebesök i heldygnsvård', 'Study visit to an inpatient unit')),
        studyVisit('outpatient-visit', 'outpatient', text('Studiebesök i öppenvård', 'Study visit to an outpatient unit')),
      ],
      {
        attendance,
        rolePlays: [
          'first-meeting-at-admission',
          'conversation-about-shame',
          'confidentiality-dilemma',
          'de-escalating-an-aggressive-conversation',
          'handover-to-staff',
          'boundary-question',
        ],
        studyVisits: ['inpatient-visit', 'outpatient-visit'],
      },
    ),
    scenarios: BASE_SCENARIOS,
  };
}

export interface SmallCourseShape {
  readonly dayCount: number;
  readonly scenarioCount: number;
  readonly studyVisitCount: number;
  readonly attendance: AttendanceRule;
}

/**
 * A small generated course: days `1..dayCount` titled "Dag n", required
 * scenarios `scenario-1..` and required study visits `visit-1..`.
 */
export function smallCourseContent(shape: SmallCourseShape): CourseVersionContent {
  const scenarioIds = Array.from({ length: shape.scenarioCount }, (_, i) => `scenario-${i + 1}`);
  const visitIds = Array.from({ length: shape.studyVisitCount }, (_, i) => `visit-${i + 1}`);
  const days = Array.from({ length: shape.dayCount }, (_, i) =>
    day(i + 1, text(`Kursdag ${i + 1}`, `Course day ${i + 1}`), i === 0 ? scenarioIds : []),
  );
  return {
    format: COURSE_VERSION_FORMAT,
    course: course(
      days,
      visitIds.map((id, i) => studyVisit(id, 'outpatient', text(`Studiebesök ${i + 1}`, `Study visit ${i + 1}`))),
      { attendance: shape.attendance, rolePlays: scenarioIds, studyVisits: visitIds },
    ),
    scenarios: scenarioIds.map((id, i) => scenario(id, text(`Scenario ${i + 1}`, `Scenario ${i + 1}`))),
  };
}
