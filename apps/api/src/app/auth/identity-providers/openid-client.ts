import type * as OpenIdClient from 'openid-client';

export type { Configuration } from 'openid-client';

/**
 * openid-client is an ES module only. The API is compiled to CommonJS, where TypeScript would turn
 * `import()` into `require()`; a function made at runtime keeps a real dynamic import (as the
 * credentials library does for its ES modules).
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<typeof OpenIdClient>;

let loaded: Promise<typeof OpenIdClient> | undefined;

export function openIdClient(): Promise<typeof OpenIdClient> {
  loaded ??= nativeImport('openid-client');
  return loaded;
}
