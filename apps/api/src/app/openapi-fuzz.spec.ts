import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { ACCESS_MATRIX, type Column } from '../../test/access-matrix';
import { buildWorld, caller, CALLERS, paramsFor, type World } from '../../test/access-matrix-world';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * Drives every write operation of the OpenAPI document with hostile input derived from its own
 * schemas, as a caller the access matrix lets through, so that validation is reached: no input may
 * end in a 5xx, and every refusal names its code.
 */
// Fixed, so a run is repeatable; PEER_FUZZ_SEED / PEER_FUZZ_RUNS explore further by hand.
const SEED = Number(process.env['PEER_FUZZ_SEED'] ?? 20261202);
const RUNS_PER_OPERATION = Number(process.env['PEER_FUZZ_RUNS'] ?? 30);
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

/** JSON text put into the body as it is: what JSON.stringify would never write. */
class Raw {
  constructor(readonly text: string) {}
}
/** Leave the property out. */
const MISSING = Symbol('missing');

function serialize(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== MISSING)
      .map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const LONG = 'å'.repeat(120_000);
const hostileScalars: unknown[] = [
  null,
  true,
  0,
  -1,
  0.5,
  -0.000001,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  new Raw('1e400'),
  new Raw('-1e400'),
  new Raw('-0'),
  new Raw('123456789012345678901234567890'),
  new Raw('1.0000000000000000000001'),
  '',
  ' ',
  'null',
  '0',
  '1e308',
  'a\u0000b',
  new Raw('"\\u0000"'),
  new Raw('"\\ud800"'),
  new Raw('"x\\udfffy"'),
  new Raw('"\\ud800\\ud800"'),
  '\u202e\u200b',
  'x'.repeat(10_000),
  LONG,
  '2026-02-30',
  '24:61',
  '00000000-0000-0000-0000-000000000000',
  'not-an-e-mail',
  'a@b',
  `${'a'.repeat(250)}@example.org`,
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  {},
  [],
  [[[[]]]],
  { $ne: null },
  { __proto__: { polluted: true } },
  new Raw('{"constructor":{"prototype":{"polluted":true}}}'),
  new Raw(`${'['.repeat(30)}${']'.repeat(30)}`),
  new Raw(`${'{"a":'.repeat(31)}1${'}'.repeat(31)}`),
];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileScalars) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const hostileBodies: unknown[] = [
  new Raw(''),
  new Raw('null'),
  new Raw('[]'),
  new Raw('"text"'),
  new Raw('42'),
  new Raw('{'),
  new Raw('{"a":1,}'),
  new Raw('{"a":1,"a":2}'),
  new Raw(`${'['.repeat(5000)}${']'.repeat(5000)}`),
  new Raw(`[${'{},'.repeat(2000)}{}]`),
  new Raw('{"__proto__":{"isAdmin":true}}'),
  new Raw('{"\\ud800":1}'),
  new Raw('{"a\\u0000":1}'),
];

type Schema = SchemaObject & Partial<ReferenceObject>;

function resolve(document: OpenAPIObject, schema: Schema | undefined): SchemaObject {
  if (schema?.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] as Schema);
  return schema ?? {};
}

/** Values that fit the schema, so that a request gets past some rules and reaches the deeper ones. */
function fitting(document: OpenAPIObject, raw: Schema, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 40 });
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 300) });
    case 'number':
    case 'integer':
      return fc.oneof(fc.integer({ min: Math.ceil(schema.minimum ?? -1000), max: Math.floor(Math.min(schema.maximum ?? 1000, 1e9)) }), fc.constantFrom(schema.minimum ?? 0, schema.maximum ?? 0));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(input(document, (schema.items ?? {}) as Schema, depth + 1), { maxLength: 4 });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(document, schema, depth + 1);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function input(document: OpenAPIObject, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: fitting(document, schema, depth) }, { weight: 2, arbitrary: hostileValue });
}

/** An object of the schema's properties, some hostile, some left out, sometimes with properties it does not know. */
function objectOf(document: OpenAPIObject, schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(properties.map(([name, property]) => [name, fc.oneof({ weight: 8, arbitrary: input(document, property as Schema, depth) }, { weight: 1, arbitrary: fc.constant(MISSING) })])),
  );
  const extra = fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 });
  return fc.tuple(record, fc.option(extra, { freq: 4 })).map(([known, unknown]) => ({ ...(unknown ?? {}), ...known }));
}

function bodyOf(document: OpenAPIObject, operation: OperationObject): fc.Arbitrary<unknown> {
  const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.['application/json'];
  const schema = resolve(document, content?.schema);
  return fc.oneof(
    { weight: 8, arbitrary: objectOf(document, schema, 0) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileBodies) },
    { weight: 1, arbitrary: fc.array(objectOf(document, schema, 2), { maxLength: 2 }) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Path and query values, already encoded as they travel in the URL. */
const hostileSegments = [
  '0',
  '-1',
  '1.5',
  '1e308',
  '99999999999999999999',
  '2147483648',
  'NaN',
  'null',
  'undefined',
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  '%',
  '%25',
  '..%2F..%2Fetc%2Fpasswd',
  'x'.repeat(3000),
  encodeURIComponent('å\u202e'),
  '00000000-0000-0000-0000-000000000000',
  'DEADBEEF-dead-beef-dead-beefdeadbeef',
  `${'A'.repeat(43)}.ics`,
];

function parameterValue(real: string | undefined): fc.Arbitrary<string> {
  const realOne = real === undefined ? [] : [{ weight: 3, arbitrary: fc.constant(encodeURIComponent(real)) }];
  return fc.oneof(...realOne, { weight: 2, arbitrary: fc.constantFrom(...hostileSegments) }, { weight: 1, arbitrary: fc.uuid() });
}

/** The first caller the matrix lets through: the request then meets validation, not the guard. */
function allowedColumn(key: string): Column {
  const row = ACCESS_MATRIX[key];
  const allowed = (['admin', 'leaderOwn', 'trainee', 'anonymous'] as const).find((column) => row && row[column] < 300);
  return allowed ?? 'admin';
}

describe('hostile input from the OpenAPI schemas', () => {
  let t: TestApp;
  let world: World;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/api/docs-json').expect(200)).body as OpenAPIObject;
    world = await buildWorld(t);
  }, 180_000);
  afterAll(() => t?.close());

  it('never answers a write with a 5xx, and every refusal names its code', async () => {
    const failures: string[] = [];
    let tried = 0;
    let serverErrors = 0;
    const byStatus: Record<string, number> = {};
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      WRITE_METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as OperationObject, key: `${method.toUpperCase()} ${path}` })),
    );
    for (const { path, method, operation, key } of operations) {
      const column = allowedColumn(key);
      const override = CALLERS[key];
      const client = override ? await override(world, column) : caller(world, column);
      const ids = paramsFor(world, column);
      const parameters = (operation.parameters ?? []) as ParameterObject[];
      const pathParams = fc.record(Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, parameterValue(ids[p.name])])));
      const queryParams = fc.record(
        Object.fromEntries(parameters.filter((p) => p.in === 'query').map((p) => [p.name, fc.option(parameterValue(undefined), { nil: undefined })])),
      );
      await fc.assert(
        fc.asyncProperty(pathParams, queryParams, bodyOf(document, operation), async (params, query, body) => {
          const url =
            path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] as string) +
            (Object.values(query).some((v) => v !== undefined)
              ? `?${Object.entries(query)
                  .filter(([, v]) => v !== undefined)
                  .map(([k, v]) => `${k}=${v}`)
                  .join('&')}`
              : '');
          const text = serialize(body);
          // The text goes out as it is (the clients send a string unchanged), typed as JSON.
          const response =
            method === 'delete'
              ? await client.delete(url).set('Content-Type', 'application/json').send(text)
              : await client[method](url, text as never).set('Content-Type', 'application/json');
          tried += 1;
          const statusClass = `${String(response.status).charAt(0)}xx`;
          byStatus[statusClass] = (byStatus[statusClass] ?? 0) + 1;
          if (response.status >= 500) {
            serverErrors += 1;
            failures.push(`${key} as ${column}: ${response.status} for ${method.toUpperCase()} ${url.slice(0, 200)} ${text.slice(0, 300)}`);
          } else if (response.status >= 400 && typeof response.body?.code !== 'string') {
            failures.push(`${key} as ${column}: ${response.status} without a code for ${url.slice(0, 200)} ${text.slice(0, 200)}: ${JSON.stringify(response.body).slice(0, 200)}`);
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
    }
    process.stdout.write(`hostile input: ${operations.length} write operations, ${tried} inputs tried, ${serverErrors} answered 5xx (${JSON.stringify(byStatus)})\n`);
    expect(failures).toEqual([]);
    expect(tried).toBe(operations.length * RUNS_PER_OPERATION);
  }, 240_000);
});
