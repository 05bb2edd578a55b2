/**
 * Checks a credential against the requirements of 1EdTech's Open Badges 3.0
 * AchievementCredential JSON Schema (draft 2019-09, published under
 * purl.imsglobal.org/spec/ob/v3p0/schema/), for tests. The requirements are
 * stated here in our own words, as a schema of the parts our credentials use:
 * every object's required properties, the shapes (arrays, strings, date-times)
 * and the fixed values. Nothing is fetched and no published file is read.
 */
import Ajv2019 from 'ajv/dist/2019';

/** The two formats the schema uses, as RFC 3339 defines them (full-date, date-time with a time zone). */
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isFullDate(text: string): boolean {
  const match = FULL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function isDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  return !!match && isFullDate(match[1] as string) && Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) <= 60;
}

type Schema = Record<string, unknown>;

const URI = { type: 'string' };
const DATE_TIME = { type: 'string', format: 'date-time' };
const typeContaining = (...names: string[]): Schema => ({
  oneOf: [{ enum: names }, { type: 'array', minItems: 1, items: { type: 'string' }, contains: { enum: names } }],
});
const withIdAndType = (type: Schema, extra: Record<string, Schema> = {}, required: string[] = []): Schema => ({
  type: 'object',
  required: ['id', 'type', ...required],
  properties: { id: URI, type, ...extra },
});

/** What the AchievementCredential schema requires of the properties our credentials carry. */
const REQUIREMENTS: Schema = {
  $schema: 'https://json-schema.org/draft/2019-09/schema',
  type: 'object',
  required: ['@context', 'id', 'type', 'credentialSubject', 'issuer', 'validFrom'],
  properties: {
    '@context': {
      type: 'array',
      minItems: 2,
      items: [{ enum: ['https://www.w3.org/ns/credentials/v2'] }, { type: 'string', pattern: '^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$' }],
      additionalItems: { oneOf: [{ type: 'string' }, { type: 'object' }] },
    },
    id: URI,
    type: { type: 'array', allOf: [{ contains: { enum: ['VerifiableCredential'] } }, { contains: { enum: ['AchievementCredential', 'OpenBadgeCredential'] } }] },
    name: { type: 'string' },
    description: { type: 'string' },
    image: { $ref: '#/$defs/Image' },
    issuer: { $ref: '#/$defs/ProfileRef' },
    validFrom: DATE_TIME,
    validUntil: DATE_TIME,
    credentialSubject: { $ref: '#/$defs/AchievementSubject' },
    proof: { type: 'array', items: { $ref: '#/$defs/Proof' } },
    credentialSchema: { type: 'array', items: withIdAndType({ type: 'string' }) },
    credentialStatus: withIdAndType({ type: 'string' }),
  },
  $defs: {
    Image: withIdAndType({ enum: ['Image'] }, { caption: { type: 'string' } }),
    ProfileRef: {
      oneOf: [URI, withIdAndType(typeContaining('Profile'), { name: { type: 'string' }, url: URI, description: { type: 'string' }, image: { $ref: '#/$defs/Image' } })],
    },
    AchievementSubject: {
      type: 'object',
      required: ['type', 'achievement'],
      properties: { id: URI, type: typeContaining('AchievementSubject'), achievement: { $ref: '#/$defs/Achievement' }, name: { type: 'string' } },
    },
    Achievement: withIdAndType(
      typeContaining('Achievement'),
      {
        name: { type: 'string' },
        description: { type: 'string' },
        criteria: { type: 'object', required: [], anyOf: [{ required: ['id'] }, { required: ['narrative'] }], properties: { id: URI, narrative: { type: 'string' } } },
        image: { $ref: '#/$defs/Image' },
        alignment: { type: 'array', items: { type: 'object', required: ['type', 'targetName', 'targetUrl'], properties: { type: typeContaining('Alignment'), targetName: { type: 'string' }, targetUrl: URI } } },
        achievementType: { type: 'string' },
        creator: { $ref: '#/$defs/ProfileRef' },
        inLanguage: { type: 'string' },
        version: { type: 'string' },
      },
      ['criteria', 'description', 'name'],
    ),
    Proof: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' }, created: DATE_TIME, cryptosuite: { type: 'string' }, proofPurpose: { type: 'string' }, proofValue: { type: 'string' }, verificationMethod: URI },
    },
  },
};

let validator: ReturnType<Ajv2019['compile']> | undefined;

/** The requirements as a JSON Schema. */
export function achievementCredentialSchema(): Schema {
  return REQUIREMENTS;
}

function load(): { schema: Schema; validate: ReturnType<Ajv2019['compile']> } {
  if (!validator) {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    ajv.addFormat('date', isFullDate);
    ajv.addFormat('date-time', isDateTime);
    validator = ajv.compile(REQUIREMENTS);
  }
  return { schema: REQUIREMENTS, validate: validator };
}

/** The schema's complaints about the credential, one line each; empty when it validates. */
export function achievementCredentialSchemaErrors(credential: unknown): string[] {
  const { validate } = load();
  if (validate(credential)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

/**
 * Walks the credential along the schema (through `$ref`, `properties`,
 * `items` and the object branches of `oneOf`/`anyOf`/`allOf`) and lists every property some object's `required` names that is
 * absent, as a path. Also returns the paths of the objects it checked, so a
 * test can see that the nested ones (issuer, achievement, proof…) were reached.
 */
export function missingRequiredProperties(credential: unknown): { missing: string[]; checked: string[] } {
  const { schema } = load();
  const defs = (schema['$defs'] ?? {}) as Record<string, Schema>;
  const missing: string[] = [];
  const checked: string[] = [];
  const resolve = (node: Schema): Schema => {
    const ref = node['$ref'];
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? resolve(defs[ref.slice('#/$defs/'.length)] ?? {}) : node;
  };
  const walk = (node: Schema, value: unknown, path: string): void => {
    const at = resolve(node);
    if (Array.isArray(value)) {
      const items = at['items'];
      value.forEach((item, i) => {
        const itemSchema = Array.isArray(items) ? (items[i] as Schema | undefined) ?? (at['additionalItems'] as Schema | undefined) : (items as Schema | undefined);
        if (itemSchema && typeof itemSchema === 'object') walk(itemSchema, item, `${path}[${i}]`);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    // An object against a choice (such as ProfileRef: an id or a Profile) is checked against the object branches.
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      for (const branch of (at[key] ?? []) as Schema[]) {
        if (resolve(branch)['type'] === 'object') walk(branch, value, path);
      }
    }
    const object = value as Record<string, unknown>;
    const required = at['required'];
    if (Array.isArray(required)) {
      checked.push(path || '/');
      for (const name of required as string[]) if (!(name in object)) missing.push(`${path}.${name}`);
    }
    const properties = (at['properties'] ?? {}) as Record<string, Schema>;
    for (const [name, sub] of Object.entries(properties)) {
      if (name in object) walk(sub, object[name], `${path}.${name}`);
    }
  };
  walk(schema, credential, '');
  return { missing, checked };
}
