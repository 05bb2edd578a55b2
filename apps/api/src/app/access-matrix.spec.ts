import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { ACCESS_MATRIX, type AccessRow, COLUMNS, NOT_YET } from '../../test/access-matrix';
import { BODIES, buildWorld, caller, CALLERS, FRESH, PARTY_OF, paramsFor, QUERIES, type World } from '../../test/access-matrix-world';
import { startTestApp, type TestApp } from '../../test/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface Operation {
  key: string;
  method: Method;
  path: string;
  hasBody: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parameters naming the same thing for every party: curriculum ids, an organisation's short name. */
const SHARED_PARAMS = new Set(['courseId', 'version', 'day', 'slug']);

/**
 * Reads run first, on the shared fixtures; then the writes, those that spend an absence or a
 * session last, so that the certificates are issued while the trainees' records are complete.
 */
function rank(operation: Operation): number {
  if (operation.method === 'get') return 0;
  if (/make-up|absence|\/guests\//.test(operation.path)) return 2;
  if (/logout|erasure/.test(operation.path)) return 3;
  return 1;
}

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths)
    .flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => item[method])
        .map((method) => ({ key: `${method.toUpperCase()} ${path}`, method, path, hasBody: Boolean((item[method] as OperationObject).requestBody) })),
    )
    .sort((a, b) => rank(a) - rank(b));
}

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no fixture value for path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

describe('access matrix', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    operations = operationsOf((await t.http().get('/api/docs-json').expect(200)).body as OpenAPIObject);
    world = await buildWorld(t);
  }, 180_000);
  afterAll(() => t?.close());

  it('has a row for every operation of the OpenAPI document, and no row for an operation it lacks', () => {
    const keys = operations.map((o) => o.key);
    expect(keys.filter((key) => !ACCESS_MATRIX[key])).toEqual([]);
    expect(Object.keys(ACCESS_MATRIX).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('names the other party and the other organisation for every route whose path names a party’s objects', () => {
    const missing = operations.filter((o) => {
      const row = ACCESS_MATRIX[o.key];
      const names = [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      const public_ = row?.anonymous !== undefined && row.anonymous < 400;
      const columns = [row?.traineeOther, row?.leaderOther, row?.traineeOtherOrg, row?.leaderOtherOrg, row?.adminOtherOrg];
      return row && !public_ && names.some((n) => !SHARED_PARAMS.has(n)) && columns.some((cell) => cell === undefined);
    });
    expect(missing.map((o) => o.key)).toEqual([]);
  });

  it('answers every caller as its row says', async () => {
    const mismatches: string[] = [];
    const stillOpen = new Set(Object.entries(NOT_YET).flatMap(([key, cells]) => cells.map((c) => `${key} ${c.column}`)));
    let cells = 0;
    let unknownChecks = 0;
    for (const operation of operations) {
      const row: AccessRow | undefined = ACCESS_MATRIX[operation.key];
      if (!row) continue;
      for (const column of COLUMNS) {
        const expected = row[column];
        if (expected === undefined) continue;
        const party = PARTY_OF[column];
        let params = paramsFor(world, column);
        let body = BODIES[operation.key]?.(world, party, column);
        if (operation.hasBody && body === undefined) {
          mismatches.push(`${operation.key}: no valid body in access-matrix-world BODIES`);
          break;
        }
        let client = caller(world, column);
        try {
          if (expected < 300 && operation.method !== 'get' && FRESH[operation.key]) {
            const fresh = await FRESH[operation.key]?.(world, party, column);
            params = { ...params, ...fresh?.params };
            body = fresh?.body ?? body;
            client = fresh?.caller ?? client;
          }
          const override = CALLERS[operation.key];
          if (override) client = await override(world, column);
        } catch (error) {
          mismatches.push(`${operation.key} as ${column}: ${(error as Error).message}`);
          continue;
        }
        const query = new URLSearchParams(QUERIES[operation.key] ?? {}).toString();
        const path = fill(operation.path, params) + (query ? `?${query}` : '');
        const response = await (operation.method === 'get' || operation.method === 'delete' ? client[operation.method](path) : client[operation.method](path, body));
        cells += 1;
        const gap = NOT_YET[operation.key]?.find((c) => c.column === column);
        if (gap) {
          if (response.status === gap.today) continue;
          mismatches.push(`${operation.key} as ${column}: NOT_YET says today answers ${gap.today}, it answers ${response.status}: update the entry`);
          stillOpen.delete(`${operation.key} ${column}`);
          continue;
        }
        if (response.status !== expected) {
          mismatches.push(`${operation.key} as ${column}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
        } else if (expected === 404) {
          // Outside reach looks exactly like "does not exist": the same answer for ids nobody has.
          const unknown = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, UUID.test(value) && !SHARED_PARAMS.has(name) ? randomUUID() : value]));
          const unknownPath = fill(operation.path, unknown) + (query ? `?${query}` : '');
          const missing = await (operation.method === 'get' || operation.method === 'delete' ? client[operation.method](unknownPath) : client[operation.method](unknownPath, body));
          unknownChecks += 1;
          if (missing.status !== 404 || JSON.stringify(missing.body) !== JSON.stringify(response.body)) {
            mismatches.push(`${operation.key} as ${column}: outside reach answers ${JSON.stringify(response.body)}, an unknown id ${missing.status} ${JSON.stringify(missing.body)}`);
          }
        }
      }
    }
    const total = operations.filter((o) => ACCESS_MATRIX[o.key]).length;
    process.stdout.write(`access matrix: ${total} operations, ${cells} cells tested, ${unknownChecks} refusals compared with unknown ids, ${mismatches.length} mismatches\n`);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(total * 4);
  }, 240_000);
});
