import { randomUUID } from 'node:crypto';
import type * as OpenIdClient from 'openid-client';

export type { Configuration } from 'openid-client';

/**
 * openid-client is an ES module only. The API is compiled to CommonJS, where TypeScript would turn
 * `import()` into `require()`; a function made at runtime keeps a real dynamic import (as the
 * credentials library does for its ES modules). Its source carries a random marker: V8 reuses the
 * compilation of identical source with the module context it was first compiled in, which breaks
 * runners (Jest) that evaluate this file once per sandbox.
 */
const nativeImport = new Function('specifier', `return import(specifier); // ${randomUUID()}`) as (specifier: string) => Promise<typeof OpenIdClient>;

let loaded: Promise<typeof OpenIdClient> | undefined;

export function openIdClient(): Promise<typeof OpenIdClient> {
  loaded ??= nativeImport('openid-client');
  return loaded;
}
