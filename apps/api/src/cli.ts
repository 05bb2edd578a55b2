import 'reflect-metadata';
import { checkCurriculum, formatProblems } from '@peer/curriculum';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './app/config/config';
import { CurriculumService } from './app/curriculum/curriculum.service';
import { openDatabaseServer } from './app/database/database-server';
import { createHttpApp } from './app/http-app';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  curriculum:check     validate every file of CURRICULUM_DIR (default ./curriculum)
  curriculum:publish   publish it as new versions (DATABASE_URL, or the embedded server of PEER_DATA_DIR)`;

async function main(command: string | undefined): Promise<number> {
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
