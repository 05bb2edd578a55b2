import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AdminErasureRequestDto, ErasureDoneResponse, ErasureRequestListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

const ERASURE_REQUESTS_API = '/api/admin/erasure-requests';

/** Administrators' side of erasure: pending requests, and carrying one out. */
@Injectable({ providedIn: 'root' })
export class ErasureRequestsService {
  private readonly http = inject(HttpClient);

  async pending(): Promise<AdminErasureRequestDto[]> {
    return (await firstValueFrom(this.http.get<ErasureRequestListResponse>(ERASURE_REQUESTS_API))).requests;
  }

  /** Irreversible: the second step of the page's confirmation. */
  confirm(requestId: string): Promise<ErasureDoneResponse> {
    return firstValueFrom(this.http.post<ErasureDoneResponse>(`${ERASURE_REQUESTS_API}/${encodeURIComponent(requestId)}/confirm`, { confirm: true }));
  }
}
