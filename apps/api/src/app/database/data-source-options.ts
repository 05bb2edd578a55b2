import type { DataSourceOptions } from 'typeorm';
import { QueryCountLogger } from '../common/query-count';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migration-list';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+
    migrationsRun: false,
    logger: new QueryCountLogger(),
    extra: { max: 10, application_name: 'peer-academy' },
  };
}
