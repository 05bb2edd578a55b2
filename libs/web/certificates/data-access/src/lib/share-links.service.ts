import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateShareLinkRequest, ShareLinkDto, ShareLinkListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const SHARE_LINKS_API = '/api/me/share-links';

/** A trainee's revocable links that show an employer the certificates she chose, without an account. */
@Injectable({ providedIn: 'root' })
export class ShareLinksService {
  private readonly http = inject(HttpClient);

  /** A new link showing the certificates she chose (and her supervision hours if she wishes); its `url` is in this answer only. */
  create(request: CreateShareLinkRequest): Promise<ShareLinkDto> {
    return firstValueFrom(this.http.post<ShareLinkDto>(SHARE_LINKS_API, request));
  }

  /** The links that still work, newest first, without their addresses. */
  async list(): Promise<ShareLinkDto[]> {
    const response = await firstValueFrom(this.http.get<ShareLinkListResponse>(SHARE_LINKS_API));
    return response.links;
  }

  revoke(linkId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${SHARE_LINKS_API}/${encodeURIComponent(linkId)}`));
  }
}
