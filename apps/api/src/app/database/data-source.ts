import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate / migration:run). */
export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/peer_academy'));
