/** Thrown where code notices by itself that there is no database connection to use. */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'The database cannot be reached') {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

// Network failures on the way to the server.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATEs of a server that is going away, starting, full or missing the database.
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);
// Messages of pg and TypeORM that carry no code.
const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Cannot use a pool after calling end on the pool',
  'Client has encountered a connection error',
  'Driver not Connected',
  'Connection is not established',
];

/**
 * True when an error says the database could not be asked (down, restarting,
 * unreachable), as opposed to a query the database answered with an error.
 * Public pages turn the first kind into 503 "try again shortly": a lookup that
 * never happened must not read as "no such certificate".
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const candidate = error as { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (NETWORK_CODES.has(code) || SERVER_STATES.has(code) || code.startsWith('08')) return true;
  if (candidate.name === 'CannotExecuteNotConnectedError' || candidate.name === 'ConnectionIsNotSetError') return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  if (MESSAGES.some((m) => message.includes(m))) return true;
  const nested = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
