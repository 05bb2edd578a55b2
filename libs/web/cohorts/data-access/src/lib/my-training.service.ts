import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MyEnrolmentDto, MyMakeUpRequestDto, MyMakeUpRequestListResponse, MyTrainingResponse } from '@peer/contract';
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

  /** The trainee's own requests to make up a missed day in another cohort, and where they were booked. */
  async makeUpRequests(): Promise<MyMakeUpRequestDto[]> {
    const response = await firstValueFrom(this.http.get<MyMakeUpRequestListResponse>(`${MY_API}/make-up-requests`));
    return response.requests;
  }

  /** Asks her own course leader to book a missed day into another cohort of the course. */
  askForMakeUp(enrolmentId: string, dayNumber: number, note?: string): Promise<MyMakeUpRequestDto> {
    const body = note ? { dayNumber, note } : { dayNumber };
    return firstValueFrom(this.http.post<MyMakeUpRequestDto>(`${MY_API}/enrolments/${encodeURIComponent(enrolmentId)}/make-up-requests`, body));
  }
}
