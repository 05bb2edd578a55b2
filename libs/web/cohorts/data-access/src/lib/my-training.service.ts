import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyEnrolmentDto, MyTrainingResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const MY_API = '/api/me';

/** A trainee's own enrolments: schedule, attendance, make-ups and what is left to do. */
@Injectable({ providedIn: 'root' })
export class MyTrainingService {
  private readonly http = inject(HttpClient);

  async enrolments(): Promise<MyEnrolmentDto[]> {
    const response = await firstValueFrom(this.http.get<MyTrainingResponse>(`${MY_API}/training`));
    return response.enrolments;
  }

  /** Tells the course leaders in advance that one will miss a course day; only before the day. */
  reportAbsence(courseDayId: string, reason?: string): Promise<void> {
    const body = reason ? { reason } : {};
    return firstValueFrom(this.http.post<void>(`${MY_API}/course-days/${encodeURIComponent(courseDayId)}/absence`, body));
  }
}
