import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/database-errors';
import { Organisation, OrganisationRepository, OrganisationWithAdministrators } from '../organisation.repository';
import { OrganisationEntity } from './organisation.entity';

const SELECT = `SELECT o.id, o.slug, o.name, o.created_at AS "createdAt",
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name, u.id)
                FROM users u WHERE u.organisation_id = o.id AND u.role = 'admin' AND u.deactivated_at IS NULL AND u.erased_at IS NULL), '[]') AS administrators
  FROM organisations o`;

@Injectable()
export class TypeormOrganisationRepository extends OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async list(): Promise<OrganisationWithAdministrators[]> {
    const rows = (await this.db.query(`${SELECT} ORDER BY o.name, o.id`)) as OrganisationWithAdministrators[];
    return rows.map(withDate);
  }

  async find(id: string): Promise<OrganisationWithAdministrators | null> {
    const [row] = (await this.db.query(`${SELECT} WHERE o.id = $1`, [id])) as OrganisationWithAdministrators[];
    return row ? withDate(row) : null;
  }

  async create(organisation: { slug: string; name: string }, manager: EntityManager): Promise<Organisation | null> {
    try {
      // A savepoint: a taken slug must not abort the caller's transaction.
      return await manager.transaction(async (inner) => {
        const row = await inner.save(inner.create(OrganisationEntity, organisation));
        return { id: row.id, slug: row.slug, name: row.name, createdAt: row.createdAt };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
}

function withDate(row: OrganisationWithAdministrators): OrganisationWithAdministrators {
  return { ...row, createdAt: new Date(row.createdAt) };
}
