/** Input checks shared by the builders: fail early with a readable message. */

export function assertAbsoluteUri(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) {
    throw new TypeError(`${what} must be an absolute URI, got ${JSON.stringify(value)}`);
  }
}

/** An XML Schema dateTimeStamp (date-time with a time zone), as VC 2.0 requires. */
const DATE_TIME_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function assertDateTime(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !DATE_TIME_STAMP.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`${what} must be an ISO date-time with a time zone, got ${JSON.stringify(value)}`);
  }
}

export function assertText(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !value.trim()) throw new TypeError(`${what} is required`);
}
