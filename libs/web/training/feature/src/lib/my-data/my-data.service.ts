import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ErasureRequestDto, MyErasureRequestResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const DATA_EXPORT_JSON = '/api/me/data-export.json';
export const DATA_EXPORT_HTML = '/api/me/data-export.html';
const ERASURE_REQUEST_API = '/api/me/erasure-request';

/** The signed-in trainee's own data: the export links and her request for erasure. */
@Injectable({ providedIn: 'root' })
export class MyDataService {
  private readonly http = inject(HttpClient);

  /** Her pending request, or null. */
  async erasureRequest(): Promise<ErasureRequestDto | null> {
    return (await firstValueFrom(this.http.get<MyErasureRequestResponse>(ERASURE_REQUEST_API))).request;
  }

  /** Idempotent: asking again answers with the pending request. */
  requestErasure(): Promise<ErasureRequestDto> {
    return firstValueFrom(this.http.post<ErasureRequestDto>(ERASURE_REQUEST_API, {}));
  }

  async cancelErasure(): Promise<void> {
    await firstValueFrom(this.http.delete<void>(ERASURE_REQUEST_API));
  }
}
