import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { startTestApp, TestApp } from '../../test/test-app';
import { ACCESS_KEY, type AccessRule } from './auth/access.decorators';
import { operationId } from './openapi';

// @nestjs/swagger's metadata keys of ApiExcludeController / ApiExcludeEndpoint (not exported by the package).
const EXCLUDE_CONTROLLER = 'swagger/apiExcludeController';
const EXCLUDE_ENDPOINT = 'swagger/apiExcludeEndpoint';

/** One route as Nest registers it, with what its handler reads from the request. */
interface RegisteredRoute {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: { properties: string[]; required: string[] } | null;
  /** The roles of `@Roles`/`@AnySignedIn`; null for a public route. */
  roles: string[] | null;
}

/** Properties class-validator knows of a request class, and which of them may be left out. */
function validatedProperties(metatype: Type): { properties: string[]; required: string[] } {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false);
  const properties = [...new Set(metadata.map((m) => m.propertyName))];
  const optional = new Set(metadata.filter((m) => m.type === 'conditionalValidation').map((m) => m.propertyName));
  return { properties, required: properties.filter((p) => !optional.has(p)) };
}

/**
 * Handler arguments that take the whole body, the path parameters or the query but reach Nest
 * as no validated class (e.g. a request type imported from `@peer/contract`, where it is a type
 * only, arrives as a plain Object): the ValidationPipe would let anything through. Routes left
 * out of the document (the host unit's HTML form) read their own bodies.
 */
function unvalidatedArguments(t: TestApp): string[] {
  const found: string[] = [];
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const controller = wrapper.metatype as Type;
    if (Reflect.getMetadata(EXCLUDE_CONTROLLER, controller)?.[0]) continue;
    for (const methodKey of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[methodKey];
      if (methodKey === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(EXCLUDE_ENDPOINT, handler)?.disable) continue;
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, methodKey) ?? []) as unknown[];
      const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodKey) ?? {}) as Record<string, { index: number; data?: unknown }>);
      for (const [key, arg] of args) {
        const kind = Number(key.split(':')[0]);
        if (arg.data !== undefined || ![RouteParamtypes.BODY, RouteParamtypes.PARAM, RouteParamtypes.QUERY].includes(kind)) continue;
        const type = types[arg.index];
        if (!isRequestClass(type) || validatedProperties(type).properties.length === 0) found.push(`${operationId(controller.name, methodKey)}: ${RouteParamtypes[kind]} argument ${arg.index}`);
      }
    }
  }
  return found;
}

function isRequestClass(metatype: unknown): metatype is Type {
  return typeof metatype === 'function' && ![String, Number, Boolean, Object, Array].includes(metatype as never);
}

function joinPath(...parts: string[]): string {
  const path = `/${parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Every documented route the app's controllers declare, read from Nest's own metadata. */
function registeredRoutes(t: TestApp): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const wrapper of controllers) {
    const controller = wrapper.metatype as Type;
    if (Reflect.getMetadata(EXCLUDE_CONTROLLER, controller)?.[0]) continue;
    const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
    for (const methodKey of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[methodKey];
      if (methodKey === 'constructor' || typeof handler !== 'function') continue;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue;
      if (Reflect.getMetadata(EXCLUDE_ENDPOINT, handler)?.disable) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, methodKey) ?? []) as unknown[];
      const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodKey) ?? {}) as Record<string, { index: number; data?: unknown }>);
      const read = (kind: RouteParamtypes) =>
        args
          .filter(([key]) => key.split(':')[0] === String(kind))
          .flatMap(([, arg]) => (typeof arg.data === 'string' ? [arg.data] : isRequestClass(types[arg.index]) ? validatedProperties(types[arg.index] as Type).properties : []));
      const bodyArg = args.find(([key, arg]) => key.split(':')[0] === String(RouteParamtypes.BODY) && arg.data === undefined);
      const bodyType = bodyArg ? types[bodyArg[1].index] : undefined;
      const rule = (Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller)) as AccessRule | undefined;
      for (const prefix of prefixes) {
        for (const path of [paths].flat()) {
          const fullPath = joinPath('api', prefix, path);
          routes.push({
            operationId: operationId(controller.name, methodKey),
            method,
            path: fullPath,
            pathParams: [...new Set([...read(RouteParamtypes.PARAM), ...[...fullPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1])])],
            queryParams: read(RouteParamtypes.QUERY),
            body: isRequestClass(bodyType) ? validatedProperties(bodyType) : null,
            roles: rule && 'roles' in rule ? [...rule.roles] : null,
          });
        }
      }
    }
  }
  return routes;
}

function resolve(document: OpenAPIObject, schema: SchemaObject | ReferenceObject | undefined): SchemaObject | undefined {
  if (schema && '$ref' in schema) return document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] as SchemaObject | undefined;
  return schema;
}

/** What is wrong with an operation's description of one route; empty when nothing is. */
function problems(document: OpenAPIObject, route: RegisteredRoute, operation: OperationObject | undefined): string[] {
  if (!operation) return ['the route is not in the document'];
  const found: string[] = [];
  if (operation.operationId !== route.operationId) found.push(`operationId is ${operation.operationId}`);
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  for (const name of route.pathParams) {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    if (!parameter) found.push(`path parameter ${name} is not described`);
    else if (!(parameter.schema as SchemaObject | undefined)?.type) found.push(`path parameter ${name} has no type`);
  }
  for (const name of route.queryParams) {
    const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) found.push(`query parameter ${name} is not described`);
    else if (!(parameter.schema as SchemaObject | undefined)?.type) found.push(`query parameter ${name} has no type`);
  }
  if (route.body) {
    const body = operation.requestBody as { content?: Record<string, { schema?: SchemaObject | ReferenceObject }> } | undefined;
    const schema = resolve(document, body?.content?.['application/json']?.schema);
    if (!schema) found.push('the request body is not described');
    else {
      for (const name of route.body.properties) if (!schema.properties?.[name]) found.push(`body property ${name} is not described`);
      for (const name of route.body.required) if (!schema.required?.includes(name)) found.push(`body property ${name} is not marked required`);
    }
  }
  // A redirect (the sign-in through a provider) succeeds by sending the browser on: a described 302 is its success.
  const redirects = Object.entries(operation.responses ?? {}).filter(([status, response]) => status === '302' && (response as { description?: string }).description);
  const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0 && redirects.length === 0) found.push('no success response is described');
  for (const [status, response] of success) {
    if (status === '204') continue;
    const content = (response as { content?: Record<string, { schema?: SchemaObject | ReferenceObject }> }).content ?? {};
    const entries = Object.entries(content);
    if (entries.length === 0) found.push(`response ${status} has no content`);
    for (const [mediaType, { schema: raw }] of entries) {
      const schema = resolve(document, raw);
      const described =
        mediaType === 'application/json'
          ? schema?.type === 'array' || Object.keys(schema?.properties ?? {}).length > 0
          : schema?.type === 'string';
      if (!described) found.push(`response ${status} ${mediaType} is a bare ${schema?.type ?? 'nothing'}`);
    }
  }
  const documented = operation as OperationObject & { 'x-roles'?: string[] };
  if (route.roles && (JSON.stringify(documented.security) !== JSON.stringify([{ cookie: [] }]) || JSON.stringify(documented['x-roles']) !== JSON.stringify(route.roles))) {
    found.push(`the session and roles (${route.roles.join(', ')}) are not described`);
  }
  if (!route.roles && documented.security) found.push('a public route asks for a session');
  const error = (operation.responses?.['4XX'] as { content?: Record<string, { schema?: ReferenceObject }> } | undefined)?.content?.['application/json']?.schema;
  if (error?.$ref !== '#/components/schemas/ErrorBody') found.push('the error body is not described');
  return found;
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/api/docs-json').expect(200)).body as OpenAPIObject;
    routes = registeredRoutes(t);
  });
  afterAll(() => t?.close());

  it('finds the routes it checks', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContainEqual(
      expect.objectContaining({ operationId: 'cohorts.get', method: 'get', path: '/api/cohorts/{cohortId}', pathParams: ['cohortId'] }),
    );
  });

  it('describes every parameter, body, answer and access rule of every route', () => {
    const report = routes
      .map((route) => ({ route, found: problems(document, route, document.paths[route.path]?.[route.method as 'get']) }))
      .filter(({ found }) => found.length > 0)
      .map(({ route, found }) => `${route.operationId} (${route.method.toUpperCase()} ${route.path}): ${found.join('; ')}`);
    expect(report).toEqual([]);
  });

  it('validates every body, path and query a handler takes whole against a request class', () => {
    expect(unvalidatedArguments(t)).toEqual([]);
  });

  it('documents no route the app does not serve, and gives each a unique, readable operationId', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, id: (operation as OperationObject).operationId })),
    );
    expect(documented.filter(({ path, method }) => !routes.some((r) => r.path === path && r.method === method))).toEqual([]);
    const ids = documented.map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(id ?? ''))).toEqual([]);
  });

  it('describes the constraints class-validator enforces', () => {
    const schemas = document.components?.schemas as Record<string, SchemaObject>;
    expect(schemas['EnrolRequest']?.properties?.['email']).toMatchObject({ type: 'string', format: 'email', maxLength: 254 });
    expect(schemas['CreateCohortRequest']?.properties?.['version']).toMatchObject({ minimum: 1, maximum: 2_147_483_647 });
    const cohort = document.paths['/api/cohorts/{cohortId}']?.get?.parameters as ParameterObject[];
    expect(cohort.find((p) => p.name === 'cohortId')?.schema).toMatchObject({ type: 'string', format: 'uuid' });
    const day = document.paths['/api/cohorts/{cohortId}/days/{dayNumber}/attendance']?.get?.parameters as ParameterObject[];
    expect(day.find((p) => p.name === 'dayNumber')?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 2_147_483_647 });
    const progress = document.paths['/api/cohorts/{cohortId}/progress']?.get?.parameters as ParameterObject[];
    expect(progress.find((p) => p.name === 'limit')).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500 } });
    expect(schemas['CreateCohortRequest']?.properties?.['version']).toMatchObject({ type: 'integer' });
    expect(schemas['RegisterStudyVisitRequest']?.properties?.['hours']).toMatchObject({ type: 'number', minimum: 0.5, maximum: 24 });
    expect(schemas['ErrorBody']?.properties).toHaveProperty('errors');
    expect(schemas['ErrorBody']?.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
    expect(document.paths['/api/cohorts/{cohortId}']?.get).toMatchObject({ security: [{ cookie: [] }], 'x-roles': ['admin', 'course_leader'] });
    expect(document.paths['/api/health']?.get?.security).toBeUndefined();
  });
});
