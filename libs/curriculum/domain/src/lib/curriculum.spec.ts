import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { shippedCurriculum } from '../testing/curriculum-fixture';
import { checkCurriculum } from './check';
import { loadCurriculum } from './load';
import { courseMinutes, dayMinutes, referencedScenarioIds, type Course, type Text } from './model';
import { formatProblems } from './problems';

const root = shippedCurriculum();
const { bundle, problems } = loadCurriculum(root);
const course = (id: string): Course => {
  const found = bundle.courses.find((c) => c.id === id);
  if (!found) throw new Error(`no course ${id}`);
  return found;
};
const base = course('base');
const modules = bundle.courses.filter((c) => c.kind === 'module');

describe('the shipped curriculum', () => {
  it('has no problems', () => {
    expect(formatProblems(problems)).toBe('');
    expect(checkCurriculum(root)).toEqual([]);
  });

  it('holds the base course, four national modules, NSPH Skåne\'s own module and the refresher', () => {
    expect(bundle.courses.map((c) => `${c.kind}:${c.id}`)).toEqual([
      'base:base',
      'module:addiction',
      'module:inpatient-care',
      'module:nsph-skane.forensic-care',
      'module:outpatient-care',
      'module:psychosis',
      'refresher:refresher',
    ]);
  });

  it('gives the base course 12 days numbered 1..12, of about six hours each', () => {
    expect(base.dayCount).toBe(12);
    expect(base.days.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const day of base.days) expect(dayMinutes(day)).toBe(360);
    expect(base.hours).toBe(72);
  });

  it('states hours that match the sessions in every course', () => {
    for (const c of bundle.courses) expect(courseMinutes(c)).toBe(c.hours * 60);
  });

  it('covers every theme of the base course', () => {
    expect(base.themes.map((t) => t.id)).toEqual([
      'recovery',
      'chime',
      'lived-experience',
      'mirroring-effect',
      'stigma',
      'empowerment',
      'role-and-tasks',
      'care-structure-and-law',
      'confidentiality',
      'conversation-and-de-escalation',
      'teamwork',
      'boundaries',
      'recovery-oriented-methods',
      'self-care-and-supervision',
    ]);
    const covered = new Set(base.days.flatMap((d) => d.themes));
    for (const theme of base.themes) expect(covered).toContain(theme.id);
  });

  it('requires the base course for every module and for the refresher', () => {
    expect(modules.map((m) => m.id)).toEqual(['addiction', 'inpatient-care', 'nsph-skane.forensic-care', 'outpatient-care', 'psychosis']);
    for (const c of [...modules, course('refresher')]) expect(c.prerequisites).toEqual(['base']);
    expect(base.prerequisites).toEqual([]);
  });

  it('gives every scenario roles and a rubric of 4-6 criteria', () => {
    expect(bundle.scenarios.length).toBeGreaterThanOrEqual(10);
    for (const scenario of bundle.scenarios) {
      expect(scenario.rubric.length).toBeGreaterThanOrEqual(4);
      expect(scenario.rubric.length).toBeLessThanOrEqual(6);
      expect(scenario.roles.filter((r) => r.role === 'peer-supporter')).toHaveLength(1);
      expect(scenario.roles.some((r) => r.role === 'service-user')).toBe(true);
    }
  });

  it('requires the six base role-plays and gives every module its own', () => {
    expect([...base.completion.rolePlays].sort()).toEqual([
      'boundary-question',
      'confidentiality-dilemma',
      'conversation-about-shame',
      'de-escalating-an-aggressive-conversation',
      'first-meeting-at-admission',
      'handover-to-staff',
    ]);
    const baseScenarios = new Set(referencedScenarioIds(base));
    for (const m of modules) {
      expect(m.completion.rolePlays.length).toBeGreaterThanOrEqual(1);
      for (const id of m.completion.rolePlays) expect(baseScenarios).not.toContain(id);
    }
  });

  it('uses every scenario in some course', () => {
    const used = new Set(bundle.courses.flatMap((c) => referencedScenarioIds(c)));
    for (const scenario of bundle.scenarios) expect(used).toContain(scenario.id);
  });

  it('requires approved study visits in inpatient and outpatient care for the base course', () => {
    const required = base.studyVisits.filter((v) => base.completion.studyVisits.includes(v.id));
    expect(required.map((v) => v.kind).sort()).toEqual(['inpatient', 'outpatient']);
    for (const visit of bundle.courses.flatMap((c) => c.studyVisits)) {
      expect(visit.minHours).toBeGreaterThan(0);
      expect(visit.reflectionQuestions.length).toBeGreaterThanOrEqual(3);
      expect(visit.reflectionQuestions.length).toBeLessThanOrEqual(5);
    }
    for (const m of modules) expect(m.completion.studyVisits.length).toBeGreaterThanOrEqual(1);
  });

  it('lets up to two absent base days be made up in another cohort or by an assignment', () => {
    expect(base.completion.attendance).toMatchObject({
      maxMadeUpAbsences: 2,
      makeUpMethods: ['other-cohort', 'assignment'],
    });
  });

  it('is taught in Swedish and English, with a certificate in both', () => {
    for (const c of bundle.courses) {
      expect(c.language).toEqual(['sv', 'en']);
      expect(c.certificate.competences.length).toBeGreaterThan(0);
    }
    expect(base.certificate.title).toEqual<Text>({
      sv: 'Yrkesbevis: certifierad peer supporter',
      en: 'Professional certificate: certified peer supporter',
    });
  });

  it('links every YAML file to its JSON Schema for editors', () => {
    const expected: Record<string, string> = {
      'course.yaml': 'course.schema.json',
      days: 'day.schema.json',
      roleplays: 'roleplay.schema.json',
      'study-visit-kinds.yaml': 'study-visit-kinds.schema.json',
    };
    for (const file of yamlFiles(root)) {
      const rel = relative(root, file);
      const schema = expected[rel.split('/').find((part) => part in expected) ?? rel];
      const link = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
      expect({ rel, link: link && join(dirname(rel), link) }).toEqual({ rel, link: join('schema', schema) });
    }
  });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}
