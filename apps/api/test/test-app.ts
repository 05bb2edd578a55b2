import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import type { Role, UserDto } from '@peer/contract';
import { cloneDatabase, databaseUrl, dropDatabase } from '@peer/api-database/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/app/accounts/password-hasher';
import { UserEntity } from '../src/app/accounts/persistence/user.entity';
import { OrganisationEntity } from '../src/app/organisations/persistence/organisation.entity';
import { loadConfig } from '../src/app/config/config';
import { CurriculumService } from '../src/app/curriculum/curriculum.service';
import { createHttpApp } from '../src/app/http-app';
import { QUEUE_SCHEMA } from '../src/app/jobs/job-queue';
import { MAIL_JOB } from '../src/app/mail/mail.service';
import { TEMPLATE_DATABASE } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';
export const SHIPPED_CURRICULUM = join(__dirname, '..', '..', '..', 'curriculum');

/** A signed-in client: keeps the session cookie and sends the CSRF header on writes. */
export interface Client {
  user: UserDto;
  agent: ReturnType<typeof request.agent>;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  http(): ReturnType<typeof request>;
  /** The organisation people and cohorts of a test belong to unless it names another. */
  organisationId: string;
  /** A new organisation (another region), for tests of what one organisation must not see of another. */
  createOrganisation(name?: string): Promise<string>;
  /** In the test organisation unless `organisationId` names another; the national administrator in none. */
  createUser(role: Role, overrides?: Partial<{ email: string; name: string; mustChangePassword: boolean; organisationId: string }>): Promise<UserDto>;
  signIn(email: string, password?: string): Promise<Client>;
  /** Creates a user of that role (in the test organisation unless named) and signs in as them. */
  as(role: Role, organisationId?: string): Promise<Client>;
  /** Publishes the national courses of CURRICULUM_DIR as the national administrator would. */
  publishCurriculum(): Promise<void>;
  /** Mail the app sent, oldest first, once every queued mail was delivered. */
  outbox(): Promise<{ to: string; subject: string; text: string }[]>;
  /** Waits until no job of that queue is waiting or running (default: every queue). */
  drainJobs(name?: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const appOfClient = new WeakMap<Client, TestApp>();

/** The test app a signed-in client talks to (fixtures read its outbox). */
export function testAppOf(client: Client): TestApp {
  const app = appOfClient.get(client);
  if (!app) throw new Error('this client was not signed in through a TestApp');
  return app;
}

/** Starts the real app on a fresh copy of the migrated template database. */
export async function startTestApp(env: NodeJS.ProcessEnv = {}, options: { logDestination?: DestinationStream } = {}): Promise<TestApp> {
  const adminUrl = process.env['PEER_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('PEER_TEST_ADMIN_URL is not set: run through jest with the global setup');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await cloneDatabase(adminUrl, TEMPLATE_DATABASE, name);
  const outboxDir = mkdtempSync(join(tmpdir(), 'peer-outbox-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    CURRICULUM_DIR: SHIPPED_CURRICULUM,
    MAIL_OUTBOX_DIR: outboxDir,
    CERTIFICATES_DIR: join(SHIPPED_CURRICULUM, '..', 'certificates'),
    ISSUER_KEY_SECRET: 'test-issuer-key-secret-of-32-characters',
    // Every sign-in of a test file comes from one address; the per-address limit is tested on its own.
    LOGIN_RATE_LIMIT_PER_ADDRESS: '100000',
    ...env,
  });
  const app = await createHttpApp({ config, databaseUrl: databaseUrl(adminUrl, name), quiet: true, logDestination: options.logDestination });
  await app.init();
  const dataSource = app.get(DataSource);
  const hasher = app.get(PasswordHasher);
  const passwordHash = await hasher.hash(TEST_PASSWORD);
  let counter = 0;
  const createOrganisation = async (orgName?: string): Promise<string> => {
    counter += 1;
    const row = await dataSource.getRepository(OrganisationEntity).save({ slug: `region-${counter}`, name: orgName ?? `Region ${counter}` });
    return row.id;
  };
  const organisationId = await createOrganisation('Testregionen');

  const testApp: TestApp = {
    app,
    dataSource,
    organisationId,
    createOrganisation,
    http: () => request(app.getHttpServer()),
    async createUser(role, overrides = {}) {
      counter += 1;
      const row = await dataSource.getRepository(UserEntity).save({
        email: overrides.email ?? `${role}.${counter}@example.org`,
        name: overrides.name ?? `${role} ${counter}`,
        role,
        organisationId: role === 'national_admin' ? null : (overrides.organisationId ?? organisationId),
        passwordHash,
        mustChangePassword: overrides.mustChangePassword ?? false,
      });
      return { id: row.id, email: row.email, name: row.name, role: row.role, mustChangePassword: row.mustChangePassword, active: true, personalIdentity: false };
    },
    async signIn(email, password = TEST_PASSWORD) {
      const agent = request.agent(app.getHttpServer());
      const response = await agent.post('/api/auth/login').send({ email, password });
      if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      const csrf = csrfFrom(response.headers['set-cookie']);
      const write = (test: request.Test) => test.set('X-XSRF-TOKEN', csrf);
      const client: Client = {
        user: response.body as UserDto,
        agent,
        get: (path) => agent.get(path),
        post: (path, body) => write(agent.post(path)).send(body ?? {}),
        put: (path, body) => write(agent.put(path)).send(body ?? {}),
        patch: (path, body) => write(agent.patch(path)).send(body ?? {}),
        delete: (path) => write(agent.delete(path)),
      };
      appOfClient.set(client, testApp);
      return client;
    },
    async as(role, organisation) {
      const user = await testApp.createUser(role, organisation ? { organisationId: organisation } : {});
      return testApp.signIn(user.email);
    },
    async publishCurriculum() {
      const curriculum = app.get(CurriculumService);
      await curriculum.publish(curriculum.readSource(null), null, null);
    },
    async drainJobs(name, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [{ open }] = (await dataSource.query(
          `SELECT count(*)::int AS open FROM ${QUEUE_SCHEMA}.job WHERE state IN ('created', 'retry', 'active') AND ($1::text IS NULL OR name = $1) AND name NOT LIKE '__pgboss%'`,
          [name ?? null],
        )) as [{ open: number }];
        if (open === 0) return;
        if (Date.now() > deadline) throw new Error(`${open} job(s) ${name ?? ''} still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async outbox() {
      await testApp.drainJobs(MAIL_JOB);
      return readdirSync(outboxDir)
        .sort()
        .map((file) => JSON.parse(readFileSync(join(outboxDir, file), 'utf8')) as { to: { address: string }[]; subject: string; text: string })
        .map((mail) => ({ to: mail.to.map((a) => a.address).join(', '), subject: mail.subject, text: mail.text }));
    },
    async close() {
      await app.close();
      await dropDatabase(adminUrl, name);
      rmSync(outboxDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

function csrfFrom(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const match = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)).find(Boolean);
  if (!match?.[1]) throw new Error('no XSRF-TOKEN cookie in the login response');
  return decodeURIComponent(match[1]);
}
