import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as fc from 'fast-check';
import { isMap, isScalar, parseDocument, visit, Scalar } from 'yaml';
import { CurriculumFixture, shippedCurriculum } from '../testing/curriculum-fixture';
import {
  COURSE_VERSION_FORMAT,
  canonicalCourse,
  canonicalJson,
  contentHash,
  courseContentHash,
  courseVersionContent,
  parseCourseVersion,
} from './canonical';
import { loadValidCurriculum } from './load';
import type { Course, CurriculumBundle } from './model';

const shipped = loadValidCurriculum(shippedCurriculum());
const find = (bundle: CurriculumBundle, id: string): Course => {
  const course = bundle.courses.find((c) => c.id === id);
  if (!course) throw new Error(`no course ${id}`);
  return course;
};
const hashes = (bundle: CurriculumBundle) =>
  Object.fromEntries(bundle.courses.map((c) => [c.id, courseContentHash(c, bundle.scenarios)]));

describe('canonicalJson', () => {
  it('sorts keys and leaves out whitespace and undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x', e: undefined }], ä: null })).toBe('{"a":[{"c":"x","d":2}],"b":1,"ä":null}');
  });

  it('rejects values that are not JSON', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite number at \$\.a/);
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(/JSON value at \$\.a/);
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is a fixed point of parsing and writing again', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalJson(value);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
      }),
    );
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the UTF-8 text, in hex', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('{"sv":"åäö"}')).toBe(createHash('sha256').update(Buffer.from('{"sv":"åäö"}', 'utf8')).digest('hex'));
  });
});

describe('canonicalCourse', () => {
  const base = find(shipped, 'base');

  it('holds the course with its days and exactly the scenarios it refers to, sorted', () => {
    const content = parseCourseVersion(canonicalCourse(base, shipped.scenarios));
    expect(content.format).toBe(COURSE_VERSION_FORMAT);
    expect(content.course.id).toBe('base');
    expect(content.course.days).toHaveLength(12);
    expect(content.scenarios.map((s) => s.id)).toEqual([
      'boundary-question',
      'confidentiality-dilemma',
      'conversation-about-shame',
      'de-escalating-an-aggressive-conversation',
      'first-meeting-at-admission',
      'handover-to-staff',
    ]);
    const refresher = parseCourseVersion(canonicalCourse(find(shipped, 'refresher'), shipped.scenarios));
    expect(refresher.scenarios.map((s) => s.id)).toEqual(['de-escalating-an-aggressive-conversation', 'staff-asks-to-persuade']);
  });

  it('is written with sorted keys and no whitespace', () => {
    const canonical = canonicalCourse(base, shipped.scenarios);
    expect(JSON.stringify(JSON.parse(canonical))).toBe(canonical);
    expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
  });

  it('does not depend on the order of the scenarios given or of the days', () => {
    const reordered: Course = { ...base, days: [...base.days].reverse() };
    expect(canonicalCourse(reordered, [...shipped.scenarios].reverse())).toBe(canonicalCourse(base, shipped.scenarios));
  });

  it('normalises strings: surrounding whitespace and Unicode composition', () => {
    const title = { sv: ` ${base.title.sv.normalize('NFD')}\n`, en: base.title.en };
    expect(canonicalCourse({ ...base, title }, shipped.scenarios)).toBe(canonicalCourse(base, shipped.scenarios));
  });

  it('refuses a course that refers to a missing scenario', () => {
    expect(() => courseVersionContent(base, shipped.scenarios.filter((s) => s.id !== 'boundary-question'))).toThrow(
      'Course "base" refers to unknown role-play scenario "boundary-question"',
    );
  });

  it('rejects JSON that is not a course version', () => {
    expect(() => parseCourseVersion('{"course":{}}')).toThrow(/Not a course version/);
  });
});

describe('content hashes of the curriculum files', () => {
  let fixture: CurriculumFixture;
  beforeEach(() => (fixture = new CurriculumFixture()));
  afterEach(() => fixture.dispose());

  it('stay the same when every file is formatted differently', () => {
    for (const file of yamlFiles(fixture.root)) restyle(fixture, relative(fixture.root, file));
    const restyled = loadValidCurriculum(fixture.root);
    const file = 'courses/base/days/day-07.yaml';
    expect(fixture.read(file)).not.toBe(readFileSync(join(shippedCurriculum(), file), 'utf8'));
    expect(fixture.read(file)).toContain('"  Återblick på dag 6'.normalize('NFD'));
    expect(hashes(restyled)).toEqual(hashes(shipped));
  });

  it('change only for the courses whose content changed', () => {
    const before = hashes(shipped);
    fixture.replace('courses/base/days/day-07.yaml', 'Tystnadsplikt och sekretess', 'Tystnadsplikt och offentlighet');
    fixture.replace('roleplays/talking-about-voices.yaml', 'Ett samtal om röster och misstankar', 'Ett samtal om röster');
    fixture.replace('roleplays/de-escalating-an-aggressive-conversation.yaml', 'Håller lugn röst', 'Har lugn röst');
    const after = hashes(loadValidCurriculum(fixture.root));
    const changed = Object.keys(before).filter((id) => before[id] !== after[id]);
    expect(changed.sort()).toEqual(['base', 'psychosis', 'refresher']);
    for (const hash of Object.values(after)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** Rewrites a YAML file: keys reversed, double quotes, whitespace around strings, NFD. */
function restyle(fixture: CurriculumFixture, file: string): void {
  const doc = parseDocument(fixture.read(file));
  visit(doc, {
    Map(_, map) {
      if (isMap(map)) map.items.reverse();
    },
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && node.value.includes(' ')) {
        node.value = `  ${node.value.normalize('NFD')}\n`;
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  doc.commentBefore = null;
  fixture.write(file, doc.toString({ lineWidth: 0, indent: 4, indentSeq: false }));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

/** A deep copy of a JSON value with the keys of every object in a pseudo-random order. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    let state = seed;
    for (let i = entries.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const j = state % (i + 1);
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  }
  return value;
}
