import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCourseSummary, aCourseVersion, aVersionSummary, studyVisitsOf } from '../testing';
import { CurriculumService } from './curriculum.service';

describe('CurriculumService', () => {
  let curriculum: CurriculumService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    curriculum = TestBed.inject(CurriculumService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the courses: base course first, then modules, then refreshers', async () => {
    const refresher = aCourseSummary({ id: 'refresher', kind: 'refresher' });
    const addiction = aCourseSummary({ id: 'addiction', kind: 'module', prerequisites: ['base'] });
    const base = aCourseSummary();
    const psychosis = aCourseSummary({ id: 'psychosis', kind: 'module', prerequisites: ['base'] });
    const list = curriculum.courses();
    http.expectOne({ method: 'GET', url: '/api/curriculum/courses' }).flush({ courses: [addiction, base, psychosis, refresher] });

    await expect(list).resolves.toEqual([base, addiction, psychosis, refresher]);
  });

  it('lists the versions of a course, oldest first', async () => {
    const list = curriculum.versions('base');
    http.expectOne({ method: 'GET', url: '/api/curriculum/courses/base/versions' }).flush({ versions: [aVersionSummary(2), aVersionSummary(1)] });

    await expect(list).resolves.toEqual([aVersionSummary(1), aVersionSummary(2)]);
  });

  it('reads one version with its study visits', async () => {
    const view = curriculum.versionView('psychosis', 2);
    http.expectOne({ method: 'GET', url: '/api/curriculum/courses/psychosis/versions/2' }).flush(aCourseVersion(2));
    http.expectOne({ method: 'GET', url: '/api/curriculum/courses/psychosis/versions/2/study-visits' }).flush({ studyVisits: studyVisitsOf() });

    await expect(view).resolves.toEqual({ version: aCourseVersion(2), studyVisits: studyVisitsOf() });
  });

  it('reads the changes between two versions', async () => {
    const response = { courseId: 'base', from: 1, to: 2, changes: [{ path: 'course.hours', kind: 'changed', before: 72, after: 75 }] };
    const diff = curriculum.diff('base', 1, 2);
    const request = http.expectOne({ method: 'GET', url: '/api/curriculum/courses/base/versions/2/diff?from=1' });
    expect(request.request.params.get('from')).toBe('1');
    request.flush(response);

    await expect(diff).resolves.toEqual(response);
  });

  it('escapes the course id in the address', async () => {
    const list = curriculum.versions('a/b');
    http.expectOne('/api/curriculum/courses/a%2Fb/versions').flush({ versions: [] });

    await expect(list).resolves.toEqual([]);
  });

  it('passes on a missing course as an HTTP error', async () => {
    const list = curriculum.versions('nope');
    http.expectOne('/api/curriculum/courses/nope/versions').flush(
      { statusCode: 404, error: 'Not Found', message: 'No published course "nope"' },
      { status: 404, statusText: 'Not Found' },
    );

    await expect(list).rejects.toMatchObject({ status: 404 });
  });
});
