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
