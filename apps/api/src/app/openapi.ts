import { applyDecorators, type INestApplication, type Type } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import {
  ApiOkResponse,
  ApiProduces,
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type PathItemObject,
  type ResponsesObject,
  type SchemaObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { ErrorBody, FieldError } from '@peer/contract';
import { ACCESS_KEY, type AccessRule } from './auth/access.decorators';
import { getMetadataStorage } from 'class-validator';

/** A 200 answer that is a file or text rather than JSON, e.g. `ApiFileResponse('application/pdf', 'binary', 'The certificate')`. */
export function ApiFileResponse(mediaType: string, format: 'binary' | 'text', description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({ description, schema: format === 'binary' ? { type: 'string', format: 'binary' } : { type: 'string' } }),
  );
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * `CohortsController` + `enrol` → `cohorts.enrol`: stable as long as the class and method keep
 * their names, and readable in generated clients and in the access matrix.
 */
export function operationId(controllerKey: string, methodKey: string): string {
  const area = controllerKey.replace(/Controller$/, '');
  return `${area.charAt(0).toLowerCase()}${area.slice(1)}.${methodKey}`;
}

/**
 * The OpenAPI document of the API. Request and response types come from the contract classes,
 * described by the `@nestjs/swagger` compiler plugin at build time (apps/api/openapi-plugin.js);
 * every operation also names the one error body all 4xx answers share.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('PEER Academy API')
      .setDescription('Training and certification of peer supporters')
      .setVersion('1')
      .addCookieAuth('peer_session')
      .build(),
    { operationIdFactory: operationId, extraModels: [ErrorBody, FieldError] },
  );
  const errorResponse = {
    description: 'Refused: the body names the status, a stable error code and, for bad input, each field and the rule it broke',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
  describeFromRequestClasses(app, document);
  for (const item of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const responses: ResponsesObject = operation.responses;
      responses['4XX'] ??= errorResponse;
    }
  }
  return document;
}

/** `IsInt`, `Min` and `Max` of a request class, by property. */
function numberRules(metatype: Type): Map<string, { integer: boolean; minimum?: number; maximum?: number }> {
  const rules = new Map<string, { integer: boolean; minimum?: number; maximum?: number }>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false)) {
    const entry = rules.get(rule.propertyName) ?? { integer: false };
    if (rule.name === 'isInt') entry.integer = true;
    if (rule.name === 'min' && typeof rule.constraints?.[0] === 'number') entry.minimum = rule.constraints[0];
    if (rule.name === 'max' && typeof rule.constraints?.[0] === 'number') entry.maximum = rule.constraints[0];
    rules.set(rule.propertyName, entry);
  }
  return rules;
}

/**
 * What the compiler plugin cannot see: `IsInt` (it says number), the bounds of path and query
 * parameters, read from the request classes the handlers take, and who may call (the session
 * cookie and the roles of `@Roles`).
 */
function describeFromRequestClasses(app: INestApplication, document: OpenAPIObject): void {
  const operations = new Map<string, OperationObject>();
  for (const item of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation?.operationId) operations.set(operation.operationId, operation);
    }
  }
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const { metatype } of controllers) {
    const controller = metatype as Type;
    for (const methodKey of Object.getOwnPropertyNames(controller.prototype)) {
      const operation = operations.get(operationId(controller.name, methodKey));
      if (!operation || Reflect.getMetadata(PATH_METADATA, controller.prototype[methodKey]) === undefined) continue;
      const rule = (Reflect.getMetadata(ACCESS_KEY, controller.prototype[methodKey]) ?? Reflect.getMetadata(ACCESS_KEY, controller)) as AccessRule | undefined;
      if (rule && 'roles' in rule) {
        // The session cookie, and on writes the X-XSRF-TOKEN header echoing the XSRF-TOKEN cookie.
        operation.security = [{ cookie: [] }];
        (operation as OperationObject & { 'x-roles'?: string[] })['x-roles'] = [...rule.roles];
      }
      const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, methodKey) ?? []) as unknown[];
      const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodKey) ?? {}) as Record<string, { index: number; data?: unknown }>);
      for (const [key, arg] of args) {
        const kind = Number(key.split(':')[0]);
        const type = types[arg.index];
        if (typeof type !== 'function' || arg.data !== undefined || [String, Number, Boolean, Object, Array].includes(type as never)) continue;
        const rules = numberRules(type as Type);
        if (kind === RouteParamtypes.BODY) {
          const schema = schemas[(type as Type).name];
          for (const [name, rule] of rules) {
            const property = schema?.properties?.[name] as SchemaObject | undefined;
            if (property && rule.integer && property.type === 'number') property.type = 'integer';
          }
        } else if (kind === RouteParamtypes.PARAM || kind === RouteParamtypes.QUERY) {
          const place = kind === RouteParamtypes.PARAM ? 'path' : 'query';
          for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
            const rule = parameter.in === place ? rules.get(parameter.name) : undefined;
            const schema = parameter.schema as SchemaObject | undefined;
            if (!rule || !schema) continue;
            if (rule.integer && schema.type === 'number') schema.type = 'integer';
            if (rule.minimum !== undefined) schema.minimum ??= rule.minimum;
            if (rule.maximum !== undefined) schema.maximum ??= rule.maximum;
          }
        }
      }
    }
  }
}
