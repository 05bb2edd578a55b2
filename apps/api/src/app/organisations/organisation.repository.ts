import type { EntityManager } from 'typeorm';

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
}

export interface OrganisationWithAdministrators extends Organisation {
  administrators: { id: string; name: string; email: string }[];
}

/** Port: the organisations feature's storage. */
export abstract class OrganisationRepository {
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** Every organisation with its active administrators, by name. */
  abstract list(): Promise<OrganisationWithAdministrators[]>;
  abstract find(id: string): Promise<OrganisationWithAdministrators | null>;
  /** Null when the slug is taken. */
  abstract create(organisation: { slug: string; name: string }, manager: EntityManager): Promise<Organisation | null>;
}
