/** PostgreSQL's unique_violation: a constraint, not a prior check, decided the race. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
