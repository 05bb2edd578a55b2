import type { CohortDto } from '@peer/contract';
import { INVITATION_DISPATCH_JOB } from '../src/app/cohorts/invitations/invitation-dispatch';
import { EnrolledTrainee, signInTrainee, weeklyDays } from './cohort-fixture';
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
    await t.http().post(link as string).type('form').send({ answer: 'confirmed' }).expect(200);
    await trainee.put(`/api/me/study-visits/${visit.id}/reflection`, { answers: visit.questions.map(() => 'Jag lärde mig hur teamet arbetar.') }).expect(200);
    await leader.post(`/api/cohorts/${cohort.id}/study-visits/${visit.id}/approve`).expect(201);
  }
  return trainee;
}

/**
 * Gives an enrolled trainee (of any cohort) a valid base-course certificate: a base cohort led by
 * `leader` she is invited to and accepts, every requirement done, certified. Returns the certificate's id.
 */
export async function giveBaseCertificate(t: TestApp, leader: Client, trainee: EnrolledTrainee): Promise<string> {
  const { email, name } = trainee.enrolment;
  const created = (await leader.post('/api/cohorts', { name: `Grundkurs för ${name}`, courseId: 'base', version: 1 }).expect(201)).body as { id: string };
  await leader.post(`/api/cohorts/${created.id}/enrolments`, { name, email }).expect(201);
  for (const day of weeklyDays('2025-09-01')) {
    await leader.put(`/api/cohorts/${created.id}/days/${day.dayNumber}`, { date: day.date, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }).expect(200);
  }
  await t.drainJobs(INVITATION_DISPATCH_JOB);
  const own = await signInTrainee(t, trainee);
  const invitation = ((await own.get('/api/me/invitations').expect(200)).body.invitations as { id: string; cohortName: string }[]).find((i) => i.cohortName === `Grundkurs för ${name}`);
  await own.post(`/api/me/invitations/${invitation?.id}/accept`).expect(204);
  const cohort = (await leader.get(`/api/cohorts/${created.id}`).expect(200)).body as CohortDto;
  const enrolment = cohort.enrolments.find((e) => e.traineeId === trainee.enrolment.traineeId && !e.withdrawnAt);
  if (!enrolment) throw new Error(`${email} is not enrolled in the base cohort after accepting`);
  await completeBaseCourse(t, leader, cohort, { enrolment, password: trainee.password });
  const issued = await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.traineeId}/certify`, { language: 'sv' }).expect(201);
  return issued.body.id as string;
}

/**
 * Gives an enrolled trainee a valid certificate of `courseId` (version 1): a cohort of that course led
 * by `leader` she is invited to and accepts, scheduled on past days, every requirement done, certified.
 * The trainee must already meet the course's prerequisites. Returns the certificate's id.
 */
export async function giveCourseCertificate(t: TestApp, leader: Client, trainee: EnrolledTrainee, courseId: string): Promise<string> {
  const { email, name } = trainee.enrolment;
  const cohortName = `${courseId} för ${name} ${Math.random().toString(36).slice(2, 8)}`;
  const created = (await leader.post('/api/cohorts', { name: cohortName, courseId, version: 1 }).expect(201)).body as { id: string };
  await leader.post(`/api/cohorts/${created.id}/enrolments`, { name, email }).expect(201);
  const { body: version } = await leader.get(`/api/curriculum/courses/${courseId}/versions/1`).expect(200);
  for (const day of weeklyDays('2025-09-01', version.content.course.dayCount as number)) {
    await leader.put(`/api/cohorts/${created.id}/days/${day.dayNumber}`, { date: day.date, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }).expect(200);
  }
  await t.drainJobs(INVITATION_DISPATCH_JOB);
  const own = await signInTrainee(t, trainee);
  const invitation = ((await own.get('/api/me/invitations').expect(200)).body.invitations as { id: string; cohortName: string }[]).find((i) => i.cohortName === cohortName);
  await own.post(`/api/me/invitations/${invitation?.id}/accept`).expect(204);
  const cohort = (await leader.get(`/api/cohorts/${created.id}`).expect(200)).body as CohortDto;
  const enrolment = cohort.enrolments.find((e) => e.traineeId === trainee.enrolment.traineeId && !e.withdrawnAt);
  if (!enrolment) throw new Error(`${email} is not enrolled in the ${courseId} cohort after accepting`);
  await completeBaseCourse(t, leader, cohort, { enrolment, password: trainee.password });
  const issued = await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.traineeId}/certify`, { language: 'sv' }).expect(201);
  return issued.body.id as string;
}
