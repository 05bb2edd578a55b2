export interface HealthResponse {
  status: 'ok' | 'unavailable';
}
