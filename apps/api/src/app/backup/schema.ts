import type { ClientBase } from 'pg';

/** The schema our migrations own; the queue engine keeps its own. */
export const SCHEMA = 'public';
/** TypeORM's record of applied migrations: restored by running them, not copied. */
export const MIGRATIONS_TABLE = 'migrations';
export const QUEUE_SCHEMA = 'pgboss';

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(name: string): string {
  return `${quoteIdent(SCHEMA)}.${quoteIdent(name)}`;
}

/** Every table of our schema except the migrations record, with its copyable (non-generated) columns. */
export async function listTables(client: ClientBase): Promise<{ name: string; partitioned: boolean; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; partitioned: boolean; columns: string[] }>(
    `SELECT c.relname AS name, c.relkind = 'p' AS partitioned,
            array(SELECT a.attname::text FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                  ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $2
      ORDER BY c.relname`,
    [SCHEMA, MIGRATIONS_TABLE],
  );
  return rows;
}

export async function listSequences(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((row) => row.name);
}

export async function tableExists(client: ClientBase, qualifiedName: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [qualifiedName]);
  return rows[0]?.found != null;
}

/**
 * The tables in an order that satisfies every foreign key between them
 * (referenced tables first), so COPY can load them with all constraints on.
 */
export async function loadOrder(client: ClientBase, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
       JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
      WHERE k.contype = 'f' AND cn.nspname = $1 AND pn.nspname = $1`,
    [SCHEMA],
  );
  const wanted = new Set(tables);
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of rows) {
    if (child !== parent && wanted.has(child) && wanted.has(parent)) parents.get(child)?.add(parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...(parents.get(table) ?? [])].every((parent) => placed.has(parent)));
    if (ready.length === 0) {
      const stuck = tables.filter((table) => !placed.has(table));
      throw new Error(`the foreign keys between ${stuck.join(', ')} form a cycle: no load order exists`);
    }
    for (const table of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}
