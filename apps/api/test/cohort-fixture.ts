import type { CohortDto, EnrolResponse } from '@peer/contract';
import type { Client } from './test-app';

/** A cohort of the base course (version 1) led by `leader`, with `trainees` enrolled and days scheduled. */
export async function createCohort(
  leader: Client,
  options: { name?: string; trainees?: string[]; days?: { dayNumber: number; date: string }[]; version?: number; courseId?: string } = {},
): Promise<{ cohort: CohortDto; enrolments: EnrolResponse[] }> {
  const created = await leader
    .post('/api/cohorts', { name: options.name ?? 'Kull Göteborg 2026', courseId: options.courseId ?? 'base', version: options.version ?? 1 })
    .expect(201);
  const cohortId = created.body.id as string;
  const enrolments: EnrolResponse[] = [];
  for (const name of options.trainees ?? []) {
    const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${Math.random().toString(36).slice(2, 8)}@example.org`;
    enrolments.push((await leader.post(`/api/cohorts/${cohortId}/enrolments`, { name, email }).expect(201)).body);
  }
  for (const day of options.days ?? []) {
    await leader.put(`/api/cohorts/${cohortId}/days/${day.dayNumber}`, { date: day.date, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }).expect(200);
  }
  const cohort = (await leader.get(`/api/cohorts/${cohortId}`).expect(200)).body as CohortDto;
  return { cohort, enrolments };
}

/** All twelve base-course days, one a week from `start`. */
export function weeklyDays(start: string, count = 12): { dayNumber: number; date: string }[] {
  const first = new Date(`${start}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    dayNumber: i + 1,
    date: new Date(first.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10),
  }));
}

/** Signs in as an enrolled trainee, replacing the temporary password first. */
export async function signInTrainee(t: import('./test-app').TestApp, enrolment: EnrolResponse): Promise<Client> {
  const client = await t.signIn(enrolment.enrolment.email, enrolment.temporaryPassword as string);
  await client.post('/api/auth/password', { currentPassword: enrolment.temporaryPassword, newPassword: 'a new long password' }).expect(204);
  return client;
}
