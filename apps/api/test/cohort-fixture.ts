import type { CohortDto, EnrolmentDto, InvitationDto } from '@peer/contract';
import { INVITATION_DISPATCH_JOB } from '../src/app/cohorts/invitations/invitation-dispatch';
import { testAppOf, type Client, type TestApp } from './test-app';

/** The password every trainee of these fixtures chooses when she accepts her invitation. */
export const TRAINEE_PASSWORD = 'a new long password';

/** A trainee who accepted her invitation: her enrolment as the leader's roster shows it, and her own password. */
export interface EnrolledTrainee {
  enrolment: EnrolmentDto;
  password: string;
}

/** A cohort of the base course (version 1) led by `leader`, with `trainees` invited, accepted and days scheduled. */
export async function createCohort(
  leader: Client,
  options: { name?: string; trainees?: string[]; days?: { dayNumber: number; date: string }[]; version?: number; courseId?: string } = {},
): Promise<{ cohort: CohortDto; enrolments: EnrolledTrainee[] }> {
  const t = testAppOf(leader);
  const created = await leader
    .post('/api/cohorts', { name: options.name ?? 'Kull Göteborg 2026', courseId: options.courseId ?? 'base', version: options.version ?? 1 })
    .expect(201);
  const cohortId = created.body.id as string;
  const invited: InvitationDto[] = [];
  for (const name of options.trainees ?? []) {
    const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${Math.random().toString(36).slice(2, 8)}@example.org`;
    invited.push((await leader.post(`/api/cohorts/${cohortId}/enrolments`, { name, email }).expect(201)).body);
  }
  for (const invitation of invited) await acceptInvitation(t, invitation.email);
  for (const day of options.days ?? []) {
    await leader.put(`/api/cohorts/${cohortId}/days/${day.dayNumber}`, { date: day.date, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }).expect(200);
  }
  const cohort = (await leader.get(`/api/cohorts/${cohortId}`).expect(200)).body as CohortDto;
  const enrolments = invited.map((invitation) => {
    const enrolment = cohort.enrolments.find((e) => e.email === invitation.email && !e.withdrawnAt);
    if (!enrolment) throw new Error(`${invitation.email} is not enrolled after accepting`);
    return { enrolment, password: TRAINEE_PASSWORD };
  });
  return { cohort, enrolments };
}

/** The newest invitation link mailed to `email`, once the invitation has been dispatched. */
export async function invitationToken(t: TestApp, email: string): Promise<string> {
  await t.drainJobs(INVITATION_DISPATCH_JOB);
  const mail = (await t.outbox()).filter((m) => m.to === email).at(-1);
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation link was mailed to ${email}`);
  return token;
}

/** A person without an account accepts her invitation through the mailed link, choosing `password`. */
export async function acceptInvitation(t: TestApp, email: string, password = TRAINEE_PASSWORD): Promise<void> {
  const token = await invitationToken(t, email);
  await t.http().post(`/api/invitations/${token}/register`).send({ password }).expect(201);
}

/** All twelve base-course days, one a week from `start`. */
export function weeklyDays(start: string, count = 12): { dayNumber: number; date: string }[] {
  const first = new Date(`${start}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    dayNumber: i + 1,
    date: new Date(first.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10),
  }));
}

/** Signs in as an enrolled trainee with the password she chose. */
export async function signInTrainee(t: TestApp, trainee: EnrolledTrainee): Promise<Client> {
  return t.signIn(trainee.enrolment.email, trainee.password);
}
