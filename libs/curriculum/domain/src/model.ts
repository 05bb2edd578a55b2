// The curriculum model without loaders or hashing: safe for the browser bundle.
export * from './lib/model';
