export class HealthResponse {
  status!: 'ok' | 'unavailable';
}
