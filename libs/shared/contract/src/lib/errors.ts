/** One field that broke one rule. `field` is a dotted path into the request. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** Every error response of the API has this body. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

/**
 * The largest value of a PostgreSQL `integer` column. Whole numbers in requests that end up in
 * such a column are bounded by it, so that a huge number is the client's error, not the database's.
 */
export const MAX_INTEGER_COLUMN = 2_147_483_647;
