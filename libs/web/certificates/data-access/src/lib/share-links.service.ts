import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ShareLinkDto, ShareLinkListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const SHARE_LINKS_API = '/api/me/share-links';

/** A trainee's revocable links that show an employer their certificates, without an account. */
@Injectable({ providedIn: 'root' })
export class ShareLinksService {
  private readonly http = inject(HttpClient);

  /** A new link; its `url` is in this answer only. */
  create(): Promise<ShareLinkDto> {
    return firstValueFrom(this.http.post<ShareLinkDto>(SHARE_LINKS_API, {}));
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
