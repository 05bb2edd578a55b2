import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AcceptInvitationRequest, AcceptInvitationResponse, InvitationLinkDto, MyInvitationDto, MyInvitationListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

const MY_INVITATIONS_API = '/api/me/invitations';
const LINK_API = '/api/invitations';

function linkUrl(token: string, ...path: string[]): string {
  return [`${LINK_API}/${encodeURIComponent(token)}`, ...path].join('/');
}

/** Invitations to a cohort as the invited person sees them: on her own page, or through the mail's link. */
@Injectable({ providedIn: 'root' })
export class InvitationsService {
  private readonly http = inject(HttpClient);

  async mine(): Promise<MyInvitationDto[]> {
    const response = await firstValueFrom(this.http.get<MyInvitationListResponse>(MY_INVITATIONS_API));
    return response.invitations;
  }

  accept(invitationId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${MY_INVITATIONS_API}/${encodeURIComponent(invitationId)}/accept`, null));
  }

  decline(invitationId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${MY_INVITATIONS_API}/${encodeURIComponent(invitationId)}/decline`, null));
  }

  /** What the mail's link opens; 404 when it is unknown, used, cancelled or expired. */
  link(token: string): Promise<InvitationLinkDto> {
    return firstValueFrom(this.http.get<InvitationLinkDto>(linkUrl(token)));
  }

  /** A new person's answer: her own password (and name), which creates her account and enrolment. */
  register(token: string, request: AcceptInvitationRequest): Promise<AcceptInvitationResponse> {
    return firstValueFrom(this.http.post<AcceptInvitationResponse>(linkUrl(token, 'register'), request));
  }

  /** A signed-in trainee accepts through the link. */
  acceptLink(token: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(linkUrl(token, 'accept'), null));
  }
}
