import 'reflect-metadata';
import { checkCurriculum, formatProblems } from '@peer/curriculum';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extractAttachment } from '@peer/certificate-pdf';
import { isIndexSet, verifyCredential } from '@peer/credentials';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './app/config/config';
import { CurriculumService } from './app/curriculum/curriculum.service';
import { openDatabaseServer } from './app/database/database-server';
import { createHttpApp } from './app/http-app';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  curriculum:check     validate every file of CURRICULUM_DIR (default ./curriculum)
  curriculum:publish   publish it as new versions (DATABASE_URL, or the embedded server of PEER_DATA_DIR)
  certificate:verify <file.pdf>
                       verify the credential inside a certificate PDF against the issuer's published key`;

async function main(command: string | undefined): Promise<number> {
  if (command === 'certificate:verify') return verifyCommand(process.argv[3]);
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
  switch (command) {
    case 'curriculum:check':
      return checkCommand(resolve(config.curriculumDir));
    case 'curriculum:publish':
      return publishCommand(config);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

function checkCommand(dir: string): number {
  const problems = checkCurriculum(dir);
  if (problems.length > 0) {
    process.stderr.write(`${formatProblems(problems)}\n${problems.length} problem(s) in ${dir}\n`);
    return 1;
  }
  process.stdout.write(`${dir}: no problems\n`);
  return 0;
}

async function publishCommand(config: ReturnType<typeof loadConfig>): Promise<number> {
  const database = await openDatabaseServer(config);
  const app = await createHttpApp({ config, databaseUrl: database.url, quiet: true });
  try {
    await app.init();
    await app.get(DataSource).runMigrations({ transaction: 'all' });
    const curriculum = app.get(CurriculumService);
    const { courses } = await curriculum.publish(curriculum.readSource(), null);
    for (const course of courses) {
      process.stdout.write(`${course.courseId.padEnd(20)} version ${course.version}  ${course.status}\n`);
    }
    return 0;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

/** Checks proof, dates and revocation of the credential embedded in a PDF; fetches only the issuer's published documents. */
async function verifyCommand(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('Usage: npm run certificate:verify -- <file.pdf>\n');
    return 2;
  }
  // npm runs scripts from the project folder; the path is relative to where the user typed it.
  const json = extractAttachment(await readFile(resolve(process.env['INIT_CWD'] ?? '.', file)));
  if (!json) {
    process.stdout.write(`INVALID: ${file} holds no embedded credential\n`);
    return 1;
  }
  const credential = JSON.parse(json) as Record<string, unknown>;
  const fetchJson = async (url: string): Promise<Record<string, unknown> | null> => {
    if (!/^https?:\/\//.test(url)) return null;
    const response = await fetch(url, { headers: { accept: 'application/ld+json, application/json' } });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  };
  const result = await verifyCredential(credential, {
    resolveKey: fetchJson,
    isRevoked: async (entry) => {
      const list = await fetchJson(entry.statusListCredential);
      if (!list) throw new Error(`status list ${entry.statusListCredential} could not be fetched`);
      const listCheck = await verifyCredential(list, { resolveKey: fetchJson });
      if (!listCheck.verified) throw new Error(`status list does not verify: ${listCheck.errors.join(', ')}`);
      const subject = list['credentialSubject'] as { encodedList: string };
      return isIndexSet(subject.encodedList, entry.statusListIndex);
    },
  });
  const subject = credential['credentialSubject'] as { achievement?: { name?: string } } | undefined;
  const issuer = credential['issuer'] as { name?: string } | undefined;
  process.stdout.write(
    [
      `${result.verified ? 'VALID' : 'INVALID'}: ${file}`,
      `  credential  ${String(credential['id'])}`,
      `  achievement ${subject?.achievement?.name ?? '?'}`,
      `  issuer      ${issuer?.name ?? '?'}`,
      `  issued      ${String(credential['validFrom'])}`,
      ...(result.keyId ? [`  signed with ${result.keyId}`] : []),
      ...result.errors.map((error) => `  problem     ${error}`),
    ].join('\n') + '\n',
  );
  return result.verified ? 0 : 1;
}

main(process.argv[2])
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const problems = (error as { fieldErrors?: { field: string; message: string }[] }).fieldErrors;
    const message =
      error instanceof ConfigError ? error.message
      : problems ? problems.map((p) => `${p.field}: ${p.message}`).join('\n')
      : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
