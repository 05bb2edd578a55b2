import { isSeq, type Document, type YAMLSeq } from 'yaml';
import { CurriculumFixture } from '../testing/curriculum-fixture';
import { checkCurriculum } from './check';
import { loadValidCurriculum } from './load';
import { CurriculumError, formatProblems, type CurriculumProblem } from './problems';

const BASE = 'courses/base/course.yaml';
const day = (n: number, course = 'base') => `courses/${course}/days/day-${String(n).padStart(2, '0')}.yaml`;
const BOUNDARY = 'roleplays/boundary-question.yaml';

/** Problems without line numbers, as `file: path: reason`. */
const lines = (problems: CurriculumProblem[]) => problems.map((p) => `${p.file}: ${p.path}: ${p.reason}`);

const push = (doc: Document, path: (string | number)[], value: unknown) => {
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) throw new Error(`${path.join('.')} is not a list`);
  (seq as YAMLSeq).add(doc.createNode(value));
};

describe('checkCurriculum on broken copies of the curriculum', () => {
  let fixture: CurriculumFixture;
  beforeEach(() => (fixture = new CurriculumFixture()));
  afterEach(() => fixture.dispose());
  const check = () => checkCurriculum(fixture.root);
  const lineOf = (file: string, text: string) => fixture.read(file).split('\n').findIndex((l) => l.includes(text)) + 1;

  it('starts from a copy without problems', () => {
    expect(check()).toEqual([]);
  });

  describe('YAML and schema', () => {
    it('reports a YAML syntax error with its line, and nothing that follows from it', () => {
      fixture.replace(day(7), 'themes: [care-structure-and-law, confidentiality]', 'themes: [care-structure-and-law, confidentiality');
      const problems = check();
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p).toMatchObject({ file: day(7), path: '(file)', reason: expect.stringMatching(/^YAML syntax error: /) });
      }
      expect(problems[0].line).toBeGreaterThanOrEqual(lineOf(day(7), 'themes: [care'));
    });

    it('reports a duplicate key as a YAML error', () => {
      fixture.replace(day(1), 'number: 1\n', 'number: 1\nnumber: 1\n');
      expect(check()).toEqual([
        expect.objectContaining({ file: day(1), path: '(file)', reason: expect.stringContaining('Map keys must be unique'), line: 3 }),
      ]);
    });

    it('reports a value of the wrong type at its path and line', () => {
      fixture.editYaml(day(7), (doc) => doc.setIn(['sessions', 2, 'minutes'], 'lots'));
      expect(check()).toEqual([
        {
          file: day(7),
          path: 'sessions[2].minutes',
          reason: 'must be an integer (found string "lots")',
          line: lineOf(day(7), 'minutes: lots'),
        },
      ]);
    });

    it('reports minutes that are not a multiple of 5', () => {
      fixture.editYaml(day(7), (doc) => doc.setIn(['sessions', 2, 'minutes'], 62));
      expect(lines(check())).toEqual([
        `${BASE}: hours: hours is 72 but the sessions of all days add up to 4322 minutes (72.03 hours)`,
        `${day(7)}: sessions[2].minutes: must be a multiple of 5 (found number 62)`,
      ]);
    });

    it('reports an unknown property', () => {
      fixture.editYaml(day(1), (doc) => doc.setIn(['sessions', 0, 'duration'], 5));
      expect(lines(check())).toEqual([
        `${day(1)}: sessions[0].duration: unknown property (expected one of: title, kind, minutes)`,
      ]);
    });

    it('reports a value outside a closed list', () => {
      fixture.editYaml(day(2), (doc) => doc.setIn(['sessions', 1, 'kind'], 'workshop'));
      expect(lines(check())).toEqual([
        `${day(2)}: sessions[1].kind: "workshop" is not allowed (expected one of: lecture, dialogue, exercise, role-play, reflection, group-work)`,
      ]);
    });

    it('reports a validity period that is not a whole number of years, at its line', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['validity', 'years'], 2.5));
      expect(check()).toEqual([
        { file: BASE, path: 'validity.years', reason: 'must be an integer (found number 2.5)', line: lineOf(BASE, 'years: 2.5') },
      ]);
    });

    it('reports a validity period of zero years and an unknown unit', () => {
      fixture.editYaml(BASE, (doc) => {
        doc.setIn(['validity', 'years'], 0);
        doc.setIn(['validity', 'weeks'], 2);
      });
      expect(lines(check())).toEqual([
        `${BASE}: validity.years: must be >= 1 (found number 0)`,
        `${BASE}: validity.weeks: unknown property (expected one of: years, renewal)`,
      ]);
    });

    it('reports a missing required property', () => {
      fixture.editYaml(BASE, (doc) => doc.deleteIn(['certificate', 'description']));
      expect(lines(check())).toEqual([`${BASE}: certificate.description: required property is missing`]);
    });

    it('reports an id that is not kebab-case', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['rubric', 0, 'id'], 'Says_No'));
      expect(lines(check())).toEqual([
        `${BOUNDARY}: rubric[0].id: "Says_No" is not a valid id: expected a kebab-case id (lower-case letters and digits, words joined by single hyphens)`,
      ]);
    });

    it('reports too few reflection questions for a study visit', () => {
      fixture.editYaml(BASE, (doc) => {
        doc.deleteIn(['studyVisits', 1, 'reflectionQuestions', 3]);
        doc.deleteIn(['studyVisits', 1, 'reflectionQuestions', 2]);
      });
      expect(lines(check())).toEqual([`${BASE}: studyVisits[1].reflectionQuestions: must have at least 3 item(s) (found 2)`]);
    });
  });

  describe('translations', () => {
    it('reports a missing English text', () => {
      fixture.editYaml(day(3), (doc) => doc.deleteIn(['title', 'en']));
      expect(check()).toEqual([
        { file: day(3), path: 'title.en', reason: 'missing translation (en)', line: lineOf(day(3), 'title:') },
      ]);
    });

    it('reports an empty Swedish text', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['title', 'sv'], '   '));
      expect(lines(check())).toEqual([`${BOUNDARY}: title.sv: empty translation (sv)`]);
    });

    it('reports a Swedish key without a value', () => {
      fixture.replace(BOUNDARY, '  sv: En gränsfråga\n', '  sv:\n');
      expect(lines(check())).toEqual([`${BOUNDARY}: title.sv: missing translation (sv)`]);
    });

    it('reports a text given as a plain string', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['studyVisits', 0, 'reflectionQuestions', 0], 'Hur var det?'));
      expect(lines(check())).toEqual([
        `${BASE}: studyVisits[0].reflectionQuestions[0]: must be an object (found string "Hur var det?")`,
      ]);
    });
  });

  describe('role-play scenarios', () => {
    it('reports a rubric without criteria', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['rubric'], doc.createNode([])));
      expect(check()).toEqual([
        { file: BOUNDARY, path: 'rubric', reason: 'rubric has no criteria', line: lineOf(BOUNDARY, 'rubric:') },
      ]);
    });

    it('reports a rubric with too few criteria', () => {
      fixture.editYaml(BOUNDARY, (doc) => {
        doc.deleteIn(['rubric', 4]);
        doc.deleteIn(['rubric', 3]);
      });
      expect(lines(check())).toEqual([`${BOUNDARY}: rubric: rubric must have 4 to 6 criteria (found 3)`]);
    });

    it('reports a duplicate criterion id', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['rubric', 2, 'id'], 'says-no-clearly'));
      expect(lines(check())).toEqual([
        `${BOUNDARY}: rubric[2].id: duplicate criterion id "says-no-clearly" (also at ${BOUNDARY}: rubric[0])`,
      ]);
    });

    it('reports a scenario without a peer-supporter role', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.deleteIn(['roles', 0]));
      expect(lines(check())).toEqual([`${BOUNDARY}: roles: needs exactly one peer-supporter role (found 0)`]);
    });

    it('reports a duplicate scenario id and a file name that does not match', () => {
      fixture.copy(BOUNDARY, 'roleplays/boundary-question-2.yaml');
      expect(lines(check())).toEqual([
        'roleplays/boundary-question-2.yaml: id: duplicate scenario id "boundary-question" (also in roleplays/boundary-question.yaml)',
        'roleplays/boundary-question-2.yaml: id: id "boundary-question" does not match the file name (expected "boundary-question-2")',
      ]);
    });

    it('reports an unknown scenario on a day, and the requirement it leaves unpractised', () => {
      fixture.editYaml(day(4), (doc) => doc.setIn(['rolePlays', 0], 'first-meeting'));
      expect(check()).toEqual([
        {
          file: BASE,
          path: 'completion.rolePlays[0]',
          reason: 'required role-play "first-meeting-at-admission" is not practised on any day of this course',
          line: lineOf(BASE, '- first-meeting-at-admission'),
        },
        {
          file: day(4),
          path: 'rolePlays[0]',
          reason: 'unknown role-play scenario "first-meeting" (no roleplays/first-meeting.yaml)',
          line: lineOf(day(4), 'rolePlays:'),
        },
      ]);
    });

    it('reports a day with a role-play session but no scenario', () => {
      fixture.editYaml(day(5), (doc) => doc.delete('rolePlays'));
      expect(lines(check())).toEqual([
        `${BASE}: completion.rolePlays[1]: required role-play "conversation-about-shame" is not practised on any day of this course`,
        `${day(5)}: rolePlays: the day has a role-play session but lists no role-play scenario`,
      ]);
    });
  });

  describe('courses and days', () => {
    it('reports a missing day file against dayCount', () => {
      fixture.remove(day(12));
      const problems = lines(check());
      expect(problems).toContain(`${BASE}: dayCount: dayCount is 12 but there are 11 day file(s) in days/`);
      expect(problems).toContain(`${BASE}: dayCount: days must be numbered 1..12; missing day(s) 12`);
      expect(problems).toContain(`${BASE}: hours: hours is 72 but the sessions of all days add up to 3960 minutes (66 hours)`);
    });

    it('reports a dayCount larger than the days', () => {
      fixture.editYaml(BASE, (doc) => doc.set('dayCount', 13));
      expect(lines(check())).toEqual([
        `${BASE}: dayCount: dayCount is 13 but there are 12 day file(s) in days/`,
        `${BASE}: dayCount: days must be numbered 1..13; missing day(s) 13`,
      ]);
    });

    it('reports day numbers that do not run 1..n', () => {
      fixture.copy(day(12), day(13));
      fixture.remove(day(12));
      fixture.editYaml(day(13), (doc) => doc.set('number', 13));
      expect(lines(check())).toEqual([
        `${BASE}: dayCount: days must be numbered 1..12; missing day(s) 12`,
        `${day(13)}: number: day 13 is outside 1..12 (dayCount in ${BASE})`,
      ]);
    });

    it('reports a duplicate day number and a number that contradicts the file name', () => {
      fixture.editYaml(day(3), (doc) => doc.set('number', 2));
      expect(lines(check())).toEqual([
        `${BASE}: dayCount: days must be numbered 1..12; missing day(s) 3`,
        `${day(3)}: number: duplicate day number 2 (also in ${day(2)})`,
        `${day(3)}: number: number is 2 but the file name says day 3`,
      ]);
    });

    it('reports a learning outcome id used on two days', () => {
      fixture.editYaml(day(2), (doc) => doc.setIn(['learningOutcomes', 0, 'id'], 'describe-peer-model'));
      expect(lines(check())).toEqual([
        `${day(2)}: learningOutcomes[0].id: duplicate learning outcome id "describe-peer-model" (also at ${day(1)}: learningOutcomes[0])`,
      ]);
    });

    it('reports hours that do not match the sessions', () => {
      fixture.editYaml(day(5), (doc) => doc.setIn(['sessions', 1, 'minutes'], 45));
      expect(check()).toEqual([
        {
          file: BASE,
          path: 'hours',
          reason: 'hours is 72 but the sessions of all days add up to 4305 minutes (71.75 hours)',
          line: lineOf(BASE, 'hours: 72'),
        },
      ]);
    });

    it('reports a day longer than eight hours', () => {
      fixture.editYaml(day(1, 'refresher'), (doc) => doc.setIn(['sessions', 2, 'minutes'], 200));
      fixture.editYaml('courses/refresher/course.yaml', (doc) => doc.set('hours', 8.1));
      expect(lines(check())).toEqual([
        'courses/refresher/course.yaml: hours: hours is 8.1 but the sessions of all days add up to 485 minutes (8.08 hours)',
        'courses/refresher/course.yaml: hours: must be a multiple of 0.25 (found number 8.1)',
        `${day(1, 'refresher')}: sessions: sessions add up to 485 minutes; a course day holds at most 480`,
      ]);
    });

    it('reports a theme no day covers and a day theme the course does not declare', () => {
      fixture.editYaml(day(4), (doc) => doc.setIn(['themes', 0], 'mirroring'));
      expect(lines(check())).toEqual([
        `${BASE}: themes[3]: theme "mirroring-effect" is not covered by any day`,
        `${day(4)}: themes[0]: unknown theme "mirroring" (not declared in ${BASE})`,
      ]);
    });

    it('reports a duplicate course id and a folder name that does not match', () => {
      fixture.copy('courses/psychosis', 'courses/psychosis-copy');
      expect(lines(check())).toEqual([
        'courses/psychosis-copy/course.yaml: id: duplicate course id "psychosis" (also in courses/psychosis/course.yaml)',
        'courses/psychosis-copy/course.yaml: id: id "psychosis" does not match the folder name (expected "psychosis-copy")',
      ]);
    });

    it('reports a missing course file and unexpected files', () => {
      fixture.remove('courses/refresher/course.yaml');
      fixture.write('courses/base/days/notes.txt', 'notes');
      fixture.write('roleplays/extra.yml', 'id: extra');
      expect(lines(check())).toEqual([
        'courses/base/days/notes.txt: (file): unexpected file: day files are named day-NN.yaml, e.g. day-07.yaml',
        'courses/refresher/course.yaml: (file): the course file is missing',
        'roleplays/extra.yml: (file): unexpected file: role-play files are named <scenario-id>.yaml',
      ]);
    });
  });

  describe('prerequisites', () => {
    it('reports an unknown prerequisite', () => {
      fixture.editYaml('courses/psychosis/course.yaml', (doc) => doc.setIn(['prerequisites', 0], 'base-course'));
      expect(lines(check())).toEqual([
        'courses/psychosis/course.yaml: prerequisites: a module must require a base course (directly or through another course)',
        'courses/psychosis/course.yaml: prerequisites[0]: unknown prerequisite course "base-course"',
      ]);
    });

    it('reports a prerequisite cycle', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['prerequisites'], 'refresher'));
      const problems = check();
      expect(lines(problems)).toEqual([
        'courses/refresher/course.yaml: prerequisites[0]: prerequisite cycle: base → refresher → base',
      ]);
    });

    it('reports a module that builds on no base course', () => {
      fixture.editYaml('courses/addiction/course.yaml', (doc) => doc.setIn(['prerequisites', 0], 'psychosis'));
      expect(lines(check())).toEqual([]);
      fixture.editYaml('courses/psychosis/course.yaml', (doc) => doc.setIn(['prerequisites'], doc.createNode([])));
      expect(lines(check())).toEqual([
        'courses/addiction/course.yaml: prerequisites: a module must require a base course (directly or through another course)',
        'courses/psychosis/course.yaml: prerequisites: a module must require a base course (directly or through another course)',
      ]);
    });
  });

  describe('renewal rules', () => {
    const PSYCHOSIS = 'courses/psychosis/course.yaml';

    it('loads the renewal rules of the shipped courses, and none for the refresher', () => {
      const bundle = loadValidCurriculum(fixture.root);
      const byId = new Map(bundle.courses.map((c) => [c.id, c]));
      for (const id of ['base', 'psychosis', 'addiction', 'inpatient-care', 'outpatient-care']) {
        expect(byId.get(id)?.validity).toEqual({ years: 3, renewal: { courses: ['refresher'], supervisionHours: 10 } });
      }
      expect(byId.get('refresher')?.validity).toEqual({ years: 3 });
    });

    it('reports an unknown renewal course at its line', () => {
      fixture.editYaml(PSYCHOSIS, (doc) => doc.setIn(['validity', 'renewal', 'courses', 0], 'refreshr'));
      expect(check()).toEqual([
        {
          file: PSYCHOSIS,
          path: 'validity.renewal.courses[0]',
          reason: 'unknown renewal course "refreshr"',
          line: lineOf(PSYCHOSIS, 'refreshr'),
        },
      ]);
    });

    it('reports a course renewed with itself', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['validity', 'renewal', 'courses'], 'base'));
      expect(lines(check())).toEqual([`${BASE}: validity.renewal.courses[1]: a course cannot be renewed with itself ("base")`]);
    });

    it('reports supervision hours with more than one decimal, at their line', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], 7.25));
      expect(check()).toEqual([
        {
          file: BASE,
          path: 'validity.renewal.supervisionHours',
          reason: 'supervisionHours is 7.25; give it with at most one decimal',
          line: lineOf(BASE, 'supervisionHours: 7.25'),
        },
      ]);
    });

    it('accepts hours with one decimal and zero hours', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], 7.3));
      fixture.editYaml(PSYCHOSIS, (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], 0));
      expect(check()).toEqual([]);
      const base = loadValidCurriculum(fixture.root).courses.find((c) => c.id === 'base');
      expect(base?.validity?.renewal?.supervisionHours).toBe(7.3);
    });

    it('reports negative, too many and non-numeric hours, and a missing or unknown property', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], -1));
      fixture.editYaml(PSYCHOSIS, (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], 201));
      fixture.editYaml('courses/addiction/course.yaml', (doc) => doc.setIn(['validity', 'renewal', 'supervisionHours'], 'ten'));
      fixture.editYaml('courses/inpatient-care/course.yaml', (doc) => {
        doc.deleteIn(['validity', 'renewal', 'courses']);
        doc.setIn(['validity', 'renewal', 'days'], 3);
      });
      expect(lines(check())).toEqual([
        'courses/addiction/course.yaml: validity.renewal.supervisionHours: must be a number (found string "ten")',
        `${BASE}: validity.renewal.supervisionHours: must be >= 0 (found number -1)`,
        'courses/inpatient-care/course.yaml: validity.renewal.courses: required property is missing',
        'courses/inpatient-care/course.yaml: validity.renewal.days: unknown property (expected one of: courses, supervisionHours)',
        `${PSYCHOSIS}: validity.renewal.supervisionHours: must be <= 200 (found number 201)`,
      ]);
    });

    it('cannot give renewal rules without a validity period', () => {
      fixture.editYaml(BASE, (doc) => doc.deleteIn(['validity', 'years']));
      expect(lines(check())).toEqual([`${BASE}: validity.years: required property is missing`]);
    });
  });

  describe('completion requirements and study visits', () => {
    it('reports a required role-play the course does not practise', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['completion', 'rolePlays'], 'talking-about-voices'));
      expect(lines(check())).toEqual([
        `${BASE}: completion.rolePlays[6]: required role-play "talking-about-voices" is not practised on any day of this course`,
      ]);
    });

    it('reports a required role-play that does not exist', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['completion', 'rolePlays'], 'no-such-scenario'));
      expect(lines(check())).toEqual([
        `${BASE}: completion.rolePlays[6]: unknown role-play scenario "no-such-scenario" (no roleplays/no-such-scenario.yaml)`,
      ]);
    });

    it('reports a required study visit the course does not define', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['completion', 'studyVisits'], 'forensic-visit'));
      expect(check()).toEqual([
        {
          file: BASE,
          path: 'completion.studyVisits[2]',
          reason: 'required study visit "forensic-visit" is not defined in studyVisits',
          line: lineOf(BASE, '- forensic-visit'),
        },
      ]);
    });

    it('reports a duplicate study visit id', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['studyVisits', 1, 'id'], 'inpatient-visit'));
      expect(lines(check())).toEqual([
        `${BASE}: studyVisits[1].id: duplicate study visit id "inpatient-visit" (also at ${BASE}: studyVisits[0])`,
        `${BASE}: completion.studyVisits[1]: required study visit "outpatient-visit" is not defined in studyVisits`,
      ]);
    });

    it('reports a duplicate entry in a requirement list', () => {
      fixture.editYaml(BASE, (doc) => push(doc, ['completion', 'studyVisits'], 'inpatient-visit'));
      expect(lines(check())).toEqual([
        `${BASE}: completion.studyVisits[2]: duplicate entry "inpatient-visit" (same as item 0)`,
      ]);
    });

    it('reports an unknown study-visit kind', () => {
      fixture.editYaml(BASE, (doc) => doc.setIn(['studyVisits', 0, 'kind'], 'inpatient-ward'));
      expect(lines(check())).toEqual([
        `${BASE}: studyVisits[0].kind: unknown study-visit kind "inpatient-ward" (not in study-visit-kinds.yaml)`,
      ]);
    });

    it('reports inconsistent attendance rules', () => {
      fixture.editYaml(BASE, (doc) => {
        doc.setIn(['completion', 'attendance', 'maxMadeUpAbsences'], 13);
        doc.setIn(['completion', 'attendance', 'makeUpMethods'], doc.createNode(['other-cohort']));
      });
      expect(lines(check())).toEqual([
        `${BASE}: completion.attendance.maxMadeUpAbsences: 13 made-up absences allowed but the course has only 12 day(s)`,
        `${BASE}: completion.attendance.assignmentGuidance: assignmentGuidance is given but assignment is not a make-up method`,
      ]);
    });

    it('reports a compensatory assignment without guidance', () => {
      fixture.editYaml(BASE, (doc) => doc.deleteIn(['completion', 'attendance', 'assignmentGuidance']));
      expect(lines(check())).toEqual([
        `${BASE}: completion.attendance.assignmentGuidance: make-up by assignment is allowed but assignmentGuidance is missing`,
      ]);
    });

    it('reports a duplicate study-visit kind', () => {
      fixture.editYaml('study-visit-kinds.yaml', (doc) => doc.setIn(['kinds', 1, 'id'], 'inpatient'));
      const problems = lines(check());
      expect(problems).toContain('study-visit-kinds.yaml: kinds[1].id: duplicate study-visit kind "inpatient" (also at study-visit-kinds.yaml: kinds[0])');
    });
  });

  describe("an organisation's own content", () => {
    const SKANE = 'organisations/nsph-skane';
    const FORENSIC = `${SKANE}/courses/forensic-care/course.yaml`;
    const FORENSIC_DAY = `${SKANE}/courses/forensic-care/days/day-01.yaml`;
    const FUTURE = `${SKANE}/roleplays/talking-about-the-future.yaml`;

    it('loads it with national content, ids namespaced by the organisation', () => {
      const bundle = loadValidCurriculum(fixture.root);
      const forensic = bundle.courses.find((c) => c.id === 'nsph-skane.forensic-care');
      expect(forensic?.completion.rolePlays).toEqual(['nsph-skane.talking-about-the-future']);
      expect(bundle.scenarios.map((s) => s.id)).toContain('nsph-skane.talking-about-the-future');
    });

    it('requires ids to carry the organisation folder as their prefix', () => {
      fixture.editYaml(FORENSIC, (doc) => doc.setIn(['id'], 'forensic-care'));
      fixture.editYaml(FUTURE, (doc) => doc.setIn(['id'], 'nsph-goteborg.talking-about-the-future'));
      expect(lines(check())).toEqual(
        expect.arrayContaining([
          `${FORENSIC}: id: id "forensic-care" does not match the folder name (expected "nsph-skane.forensic-care")`,
          `${FUTURE}: id: id "nsph-goteborg.talking-about-the-future" does not match the file name (expected "nsph-skane.talking-about-the-future")`,
        ]),
      );
    });

    it('refuses a prefix on national content', () => {
      fixture.copy(BOUNDARY, 'roleplays/nsph-skane.boundary-question.yaml');
      fixture.editYaml('roleplays/nsph-skane.boundary-question.yaml', (doc) => doc.setIn(['id'], 'nsph-skane.boundary-question'));
      expect(lines(check())).toEqual([
          `roleplays/nsph-skane.boundary-question.yaml: id: a national scenario id has no "<organisation>." prefix; an organisation's own scenarios live in organisations/<slug>/roleplays/`,
      ]);
    });

    it("keeps national content from referring to an organisation's", () => {
      fixture.editYaml('courses/psychosis/course.yaml', (doc) => push(doc, ['prerequisites'], 'nsph-skane.forensic-care'));
      fixture.editYaml(day(2, 'psychosis'), (doc) => push(doc, ['rolePlays'], 'nsph-skane.talking-about-the-future'));
      expect(lines(check())).toEqual([
        'courses/psychosis/course.yaml: prerequisites[1]: course "nsph-skane.forensic-care" belongs to organisation "nsph-skane": national content may refer only to national content',
        `${day(2, 'psychosis')}: rolePlays[1]: role-play scenario "nsph-skane.talking-about-the-future" belongs to organisation "nsph-skane": national content may refer only to national content`,
      ]);
    });

    it("keeps one organisation's content from referring to another's, and names a missing own scenario's file", () => {
      fixture.editYaml(FORENSIC, (doc) => push(doc, ['validity', 'renewal', 'courses'], 'nsph-goteborg.refresher'));
      fixture.editYaml(FORENSIC_DAY, (doc) => push(doc, ['rolePlays'], 'nsph-skane.no-such-scenario'));
      expect(lines(check())).toEqual([
        `${FORENSIC}: validity.renewal.courses[1]: course "nsph-goteborg.refresher" belongs to organisation "nsph-goteborg": organisation "nsph-skane" may refer only to national content and its own`,
        `${FORENSIC_DAY}: rolePlays[1]: unknown role-play scenario "nsph-skane.no-such-scenario" (no ${SKANE}/roleplays/no-such-scenario.yaml)`,
      ]);
    });

    it('lets an organisation use national scenarios and modules', () => {
      fixture.editYaml(FORENSIC_DAY, (doc) => push(doc, ['rolePlays'], 'boundary-question'));
      fixture.editYaml(FORENSIC, (doc) => push(doc, ['prerequisites'], 'psychosis'));
      expect(check()).toEqual([]);
    });

    it('keeps the base course national', () => {
      fixture.editYaml(FORENSIC, (doc) => doc.setIn(['kind'], 'base'));
      expect(lines(check())).toContain(`${FORENSIC}: kind: the base course is national: an organisation publishes modules and refreshers of its own`);
    });

    it('reports folders that are not organisations or hold something else', () => {
      fixture.write('organisations/README.txt', 'notes');
      fixture.copy(SKANE, 'organisations/NSPH_Skane');
      fixture.write(`${SKANE}/study-visit-kinds.yaml`, 'kinds: []');
      expect(lines(check())).toEqual([
        "organisations/NSPH_Skane: (file): unexpected file: an organisation folder is named by the organisation's slug: lower-case letters, digits and single hyphens",
        'organisations/README.txt: (file): unexpected file: organisations/ holds one folder per organisation, named by its slug',
        `${SKANE}/study-visit-kinds.yaml: (file): unexpected file: an organisation folder holds courses/ and roleplays/`,
      ]);
    });
  });

  describe('reporting', () => {
    it('reports every problem in every file in one run', () => {
      fixture.editYaml(day(3), (doc) => doc.deleteIn(['title', 'en']));
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['rubric'], doc.createNode([])));
      fixture.editYaml('courses/psychosis/course.yaml', (doc) => doc.setIn(['prerequisites', 0], 'nowhere'));
      fixture.editYaml(BASE, (doc) => push(doc, ['completion', 'studyVisits'], 'forensic-visit'));
      fixture.replace(day(9), 'rolePlays: [handover-to-staff]', 'rolePlays: [handover-to-staff');
      const files = new Set(check().map((p) => p.file));
      expect([...files].sort()).toEqual([BASE, day(3), day(9), 'courses/psychosis/course.yaml', BOUNDARY].sort());
    });

    it('formats one line per problem as file:line: path: reason', () => {
      fixture.editYaml(day(3), (doc) => doc.deleteIn(['title', 'en']));
      fixture.remove('courses/refresher/course.yaml');
      expect(formatProblems(check())).toBe(
        [
          `${day(3)}:${lineOf(day(3), 'title:')}: title.en: missing translation (en)`,
          'courses/refresher/course.yaml: (file): the course file is missing',
        ].join('\n'),
      );
    });

    it('throws the problems from loadValidCurriculum', () => {
      fixture.editYaml(BOUNDARY, (doc) => doc.setIn(['rubric'], doc.createNode([])));
      expect(() => loadValidCurriculum(fixture.root)).toThrow(CurriculumError);
      expect(() => loadValidCurriculum(fixture.root)).toThrow(/roleplays\/boundary-question\.yaml:\d+: rubric: rubric has no criteria/);
    });

    it('reports a broken schema file instead of throwing', () => {
      fixture.write('schema/day.schema.json', '{ "type": ');
      expect(lines(check())).toEqual([expect.stringMatching(/^schema\/day\.schema\.json: \(file\): cannot read schema: /)]);
    });

    it('reports a missing curriculum folder', () => {
      expect(lines(checkCurriculum(fixture.path('nowhere')))).toEqual([
        expect.stringMatching(/^\.: \(file\): curriculum folder not found: /),
      ]);
    });
  });
});
