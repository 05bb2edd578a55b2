// TypeORM migrations from the command line.
//   npm run migration:generate -- <Name>   diff the entities against a freshly migrated
//                                          throw-away database and write the new migration
//   npm run migration:run                  apply pending migrations to DATABASE_URL
// New migrations must be added to apps/api/src/app/database/migration-list.ts.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from './lib/throwaway-cluster.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, name] = process.argv.slice(2);
const dataSource = 'apps/api/src/app/database/data-source.ts';

function typeorm(args, databaseUrl) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js', ...args, '-d', dataSource],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl, TS_NODE_PROJECT: 'apps/api/tsconfig.app.json', TS_NODE_TRANSPILE_ONLY: 'true' },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (command === 'generate') {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <PascalCaseName>');
    process.exit(2);
  }
  const cluster = await startCluster();
  try {
    const url = await cluster.createDatabase('migration');
    typeorm(['migration:run'], url);
    typeorm(['migration:generate', `apps/api/src/app/database/migrations/${name}`], url);
  } finally {
    await cluster.stop();
  }
} else if (command === 'run') {
  if (!process.env.DATABASE_URL) {
    console.error('Set DATABASE_URL (the app itself migrates the embedded database at start).');
    process.exit(2);
  }
  typeorm(['migration:run'], process.env.DATABASE_URL);
} else {
  console.error('Usage: node tools/migration.mjs generate <Name> | run');
  process.exit(2);
}
