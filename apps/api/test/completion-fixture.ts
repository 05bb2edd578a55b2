import type { CohortDto } from '@peer/contract';
import { EnrolledTrainee, signInTrainee } from './cohort-fixture';
import type { Client, TestApp } from './test-app';

/** Drives one trainee through everything the base course requires, through the API as people would. */
export async function completeBaseCourse(t: TestApp, leader: Client, cohort: CohortDto, enrolment: EnrolledTrainee): Promise<Client> {
  const traineeId = enrolment.enrolment.traineeId;
  for (const day of cohort.days) {
    await leader.put(`/api/cohorts/${cohort.id}/days/${day.dayNumber}/attendance`, { marks: [{ traineeId, status: 'present' }] }).expect(200);
  }
  const { body: version } = await leader.get(`/api/curriculum/courses/${cohort.courseId}/versions/${cohort.version}`).expect(200);
  for (const scenarioId of version.content.course.completion.rolePlays as string[]) {
    const attempt = (await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId }).expect(201)).body;
    const criteria = attempt.criteria.map((c: { criterionId: string }) => ({ criterionId: c.criterionId, shown: true }));
    await leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria }).expect(200);
    await leader.post(`/api/role-play-attempts/${attempt.id}/sign`, { result: 'passed' }).expect(201);
  }
  const trainee = await signInTrainee(t, enrolment);
  const visits = version.content.course.studyVisits as { id: string; kind: string }[];
  for (const requirementId of version.content.course.completion.studyVisits as string[]) {
    const requirement = visits.find((v) => v.id === requirementId)!;
    const host = `host.${requirementId}.${traineeId.slice(0, 8)}@example.org`;
    const visit = (await trainee
      .post('/api/me/study-visits', {
        enrolmentId: enrolment.enrolment.id,
        requirementId,
        kind: requirement.kind,
        unitName: `Enhet för ${requirement.kind}`,
        organisation: 'Region Västra Götaland',
        date: '2026-01-20',
        hours: 4,
        hostEmail: host,
      })
      .expect(201)).body;
    const mail = (await t.outbox()).filter((m) => m.to === host).at(-1);
    const link = /(\/host-confirmation\/[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
    await t.http().post(link as string).expect(200);
    await trainee.put(`/api/me/study-visits/${visit.id}/reflection`, { answers: visit.questions.map(() => 'Jag lärde mig hur teamet arbetar.') }).expect(200);
    await leader.post(`/api/cohorts/${cohort.id}/study-visits/${visit.id}/approve`).expect(201);
  }
  return trainee;
}
