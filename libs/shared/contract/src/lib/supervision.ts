// ---- Supervision after placement --------------------------------------------
// Peer supporters meet in group supervision. Nothing here asks about patients or users.

export class SupervisionPersonDto {
  id!: string;
  name!: string;
}

export class SupervisionAttendanceDto {
  traineeId!: string;
  name!: string;
  present!: boolean;
}

export class SupervisionSessionDto {
  id!: string;
  groupId!: string;
  date!: string;
  /** HH:MM, Stockholm time. */
  startTime!: string;
  minutes!: number;
  place!: string | null;
  supervisor!: SupervisionPersonDto;
  attendance!: SupervisionAttendanceDto[];
}

export class SupervisionGroupDto {
  id!: string;
  name!: string;
  supervisors!: SupervisionPersonDto[];
  members!: SupervisionPersonDto[];
}

export class SupervisionGroupListResponse {
  groups!: SupervisionGroupDto[];
}

export class SupervisionGroupDetailResponse {
  group!: SupervisionGroupDto;
  sessions!: SupervisionSessionDto[];
}

/** A session as its member sees it: her own attendance and reflection only. */
export class MySupervisionSessionDto {
  id!: string;
  groupName!: string;
  date!: string;
  startTime!: string;
  minutes!: number;
  place!: string | null;
  supervisorName!: string;
  present!: boolean;
  reflection!: string | null;
}

export class SupervisionYearHoursDto {
  year!: number;
  hours!: number;
}

export class MySupervisionResponse {
  sessions!: MySupervisionSessionDto[];
  totalHours!: number;
  hoursPerYear!: SupervisionYearHoursDto[];
}
