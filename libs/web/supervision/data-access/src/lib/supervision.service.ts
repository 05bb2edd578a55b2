import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MySupervisionResponse,
  RecordSupervisionSessionRequest,
  SupervisionGroupDetailResponse,
  SupervisionGroupDto,
  SupervisionGroupListResponse,
  SupervisionSessionDto,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const SUPERVISION_GROUPS_API = '/api/supervision/groups';
export const MY_SUPERVISION_API = '/api/me/supervision';

/** Group supervision: a supervisor's groups and sessions, a peer supporter's own record. */
@Injectable({ providedIn: 'root' })
export class SupervisionService {
  private readonly http = inject(HttpClient);

  async groups(): Promise<SupervisionGroupDto[]> {
    return (await firstValueFrom(this.http.get<SupervisionGroupListResponse>(SUPERVISION_GROUPS_API))).groups;
  }

  group(groupId: string): Promise<SupervisionGroupDetailResponse> {
    return firstValueFrom(this.http.get<SupervisionGroupDetailResponse>(`${SUPERVISION_GROUPS_API}/${encodeURIComponent(groupId)}`));
  }

  recordSession(groupId: string, request: RecordSupervisionSessionRequest): Promise<SupervisionSessionDto> {
    return firstValueFrom(this.http.post<SupervisionSessionDto>(`${SUPERVISION_GROUPS_API}/${encodeURIComponent(groupId)}/sessions`, request));
  }

  mine(): Promise<MySupervisionResponse> {
    return firstValueFrom(this.http.get<MySupervisionResponse>(MY_SUPERVISION_API));
  }

  reflect(sessionId: string, text: string): Promise<MySupervisionResponse> {
    return firstValueFrom(this.http.put<MySupervisionResponse>(`${MY_SUPERVISION_API}/sessions/${encodeURIComponent(sessionId)}/reflection`, { text }));
  }
}
