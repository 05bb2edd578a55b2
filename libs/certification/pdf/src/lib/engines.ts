/**
 * The libraries that render (pdfkit with its font engine, Handlebars, the QR
 * encoder), loaded on first use. Importing this library only to read a
 * certificate's attachment (the API's main thread, the command line) then
 * loads none of them (together they hold some ten megabytes of memory).
 */

let loaded: { pdfkit: typeof import('pdfkit'); handlebars: typeof import('handlebars'); qrcode: typeof import('qrcode') } | undefined;

function engines(): NonNullable<typeof loaded> {
  loaded ??= { pdfkit: require('pdfkit'), handlebars: require('handlebars'), qrcode: require('qrcode') };
  return loaded;
}

export const pdfkit = () => engines().pdfkit;
export const handlebars = () => engines().handlebars;
export const qrcode = () => engines().qrcode;

/** Loads them now, before a renderer starts its asynchronous preparation. */
export function loadEngines(): void {
  engines();
}
