/**
 * Who may call what: one row per operation of the OpenAPI document, keyed `METHOD /api/path/{param}`.
 * `access-matrix.spec.ts` calls every operation as every caller below on real fixtures and fails on
 * any status that differs, and on any operation without a row: a new route ships with its row.
 *
 * Callers (the fixtures build two cohorts of the base course in one organisation, each with its own
 * leader and trainee, and a third cohort like them in another organisation):
 * - `anonymous`    no session.
 * - `trainee`      a trainee, on her own objects (her enrolment, attempts, visits, certificates, links, feeds).
 * - `traineeOther` the same trainee, every path parameter naming the *other* cohort's trainee's objects.
 * - `leaderOwn`    a course leader, on the cohort she leads and its trainees' objects.
 * - `leaderOther`  the same leader, every path parameter naming objects of a cohort she does not lead.
 * - `admin`        an administrator of the organisation, on the first cohort's objects.
 * - `…OtherOrg`     the same trainee, leader and administrator, every path parameter naming objects
 *                  of the other organisation's cohort.
 * - `national`     the national administrator, on the first cohort's objects: she creates
 *                  organisations and publishes the national curriculum, and reaches no trainee.
 * The `…Other` and `…OtherOrg` columns are required where the path names objects of a party (not
 * for curriculum ids); they may be given for other routes whose body names another party's objects.
 * `national` is required on every row.
 *
 * The rules (DESIGN.md, "Who may see what"): a wrong role is 403; an object outside the caller's
 * reach answers exactly like one that does not exist, 404. A leader reaches only the cohorts she
 * leads and the trainees with an accepted enrolment there; an administrator only her own
 * organisation's; only administrators change a cohort's leaders. Valid requests are sent, so an allowed caller gets the route's success status. Every
 * 404 cell is also compared with the same call naming ids nobody has: the bodies must be equal.
 */
export type Status = 200 | 201 | 202 | 204 | 302 | 401 | 403 | 404 | 422;

export const COLUMNS = ['anonymous', 'trainee', 'traineeOther', 'traineeOtherOrg', 'leaderOwn', 'leaderOther', 'leaderOtherOrg', 'admin', 'adminOtherOrg', 'national'] as const;
export type Column = (typeof COLUMNS)[number];

export type AccessRow = {
  anonymous: Status;
  trainee: Status;
  traineeOther?: Status;
  traineeOtherOrg?: Status;
  leaderOwn: Status;
  leaderOther?: Status;
  leaderOtherOrg?: Status;
  admin: Status;
  adminOtherOrg?: Status;
  national: Status;
};

export const ACCESS_MATRIX: Record<string, AccessRow> = {
  // Sign-in and the session
  'POST /api/auth/login': { anonymous: 200, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'POST /api/auth/logout': { anonymous: 401, trainee: 204, leaderOwn: 204, admin: 204, national: 204 },
  'GET /api/auth/me': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'POST /api/auth/password': { anonymous: 401, trainee: 204, leaderOwn: 204, admin: 204, national: 204 },
  'GET /api/health': { anonymous: 200, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/health/live': { anonymous: 200, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/health/ready': { anonymous: 200, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  // Sign-in through an organisation's identity provider: the browser is sent on, whoever asks.
  'GET /api/auth/identity-providers': { anonymous: 200, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/auth/oidc/{slug}/start': { anonymous: 302, trainee: 302, leaderOwn: 302, admin: 302, national: 302 },
  'GET /api/auth/oidc/callback': { anonymous: 302, trainee: 302, leaderOwn: 302, admin: 302, national: 302 },
  'GET /api/organisation/identity-provider': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'PUT /api/organisation/identity-provider': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'DELETE /api/organisation/identity-provider': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 204, national: 403 },
  'GET /api/organisation/certificate-signatory': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'PUT /api/organisation/certificate-signatory': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'DELETE /api/organisation/certificate-signatory': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 204, national: 403 },
  'GET /api/organisation/logo': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'PUT /api/organisation/logo': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'DELETE /api/organisation/logo': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 204, national: 403 },

  // Accounts
  'GET /api/users': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'POST /api/users': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 201, national: 403 },
  'POST /api/users/{userId}/deactivate': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/users/{userId}/reactivate': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/users/{userId}/reset-password': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },
  'PUT /api/users/{userId}/personal-identity': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 204, adminOtherOrg: 404, national: 403 },
  'DELETE /api/users/{userId}/personal-identity': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 204, adminOtherOrg: 404, national: 403 },
  'POST /api/users/{userId}/role': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },

  // Organisations: the national administrator's
  'GET /api/organisations': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 403, national: 200 },
  'POST /api/organisations': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 403, national: 201 },
  'POST /api/organisations/{organisationId}/administrators': {
    anonymous: 401,
    trainee: 403,
    traineeOther: 403,
    traineeOtherOrg: 403,
    leaderOwn: 403,
    leaderOther: 403,
    leaderOtherOrg: 403,
    admin: 403,
    adminOtherOrg: 403,
    national: 201,
  },

  // Curriculum: the national courses, the same for every cohort
  'POST /api/curriculum/publish': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 201, national: 201 },
  'GET /api/curriculum/publish/preview': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 200 },
  'GET /api/curriculum/courses': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/study-visit-kinds': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions/{version}': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions/{version}/days/{day}': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions/{version}/scenarios': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions/{version}/study-visits': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'GET /api/curriculum/courses/{courseId}/versions/{version}/diff': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },

  // Cohorts and enrolment
  'POST /api/cohorts': { anonymous: 401, trainee: 403, leaderOwn: 201, admin: 201, national: 403 },
  'GET /api/cohorts': { anonymous: 401, trainee: 403, leaderOwn: 200, admin: 200, national: 403 },
  'GET /api/cohorts/{cohortId}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'PUT /api/cohorts/{cohortId}/leaders': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 204, adminOtherOrg: 404, national: 403 },
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/enrolments': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/enrolments/import': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/withdraw': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 204, leaderOther: 404, leaderOtherOrg: 404, admin: 204, adminOtherOrg: 404, national: 403 },

  // Invitations
  'DELETE /api/cohorts/{cohortId}/invitations/{invitationId}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 204, leaderOther: 404, leaderOtherOrg: 404, admin: 204, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/invitations': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/me/invitations': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'POST /api/me/invitations/{invitationId}/accept': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'POST /api/me/invitations/{invitationId}/decline': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/invitations/{token}': { anonymous: 200, trainee: 200, traineeOther: 200, traineeOtherOrg: 200, leaderOwn: 200, leaderOther: 200, leaderOtherOrg: 200, admin: 200, adminOtherOrg: 200, national: 200 },
  'POST /api/invitations/{token}/register': { anonymous: 201, trainee: 201, leaderOwn: 201, admin: 201, national: 201 },
  'POST /api/invitations/{token}/accept': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },

  // Attendance and make-ups
  'GET /api/cohorts/{cohortId}/days/{dayNumber}/attendance': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}/attendance': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/attendance-history': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-ups': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/days/{dayNumber}/host-days': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/make-up-bookings': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-up-bookings': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/make-up-bookings/{bookingId}/accept': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/make-up-bookings/{bookingId}/cancel': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/days/{dayNumber}/guests': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}/guests/{bookingId}/attendance': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/me/course-days/{courseDayId}/absence': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/me/make-up-requests': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'POST /api/me/enrolments/{enrolmentId}/make-up-requests': { anonymous: 401, trainee: 201, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },

  // Calendar feeds: each person's own, or a cohort's for its staff
  'POST /api/calendar-feeds': { anonymous: 401, trainee: 201, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'GET /api/calendar-feeds': { anonymous: 401, trainee: 200, leaderOwn: 200, admin: 200, national: 200 },
  'DELETE /api/calendar-feeds/{feedId}': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 204, leaderOther: 404, leaderOtherOrg: 404, admin: 204, adminOtherOrg: 404, national: 404 },
  'GET /api/calendar/{file}': { anonymous: 200, trainee: 200, traineeOther: 200, traineeOtherOrg: 200, leaderOwn: 200, leaderOther: 200, leaderOtherOrg: 200, admin: 200, adminOtherOrg: 200, national: 200 },

  // Role-plays: observed and signed by the cohort's own leader
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/role-plays': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/cohorts/{cohortId}/enrolments/{enrolmentId}/role-plays': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'PUT /api/role-play-attempts/{attemptId}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },
  'POST /api/role-play-attempts/{attemptId}/sign': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },
  'POST /api/role-play-attempts/{attemptId}/reflections': { anonymous: 401, trainee: 201, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/me/role-plays': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },

  // Study visits
  'POST /api/me/study-visits': { anonymous: 401, trainee: 201, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/me/study-visits': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'POST /api/me/study-visits/{visitId}/send-confirmation': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'PUT /api/me/study-visits/{visitId}/reflection': { anonymous: 401, trainee: 200, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/cohorts/{cohortId}/study-visits': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/study-visits/{visitId}/approve': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },
  'POST /api/cohorts/{cohortId}/study-visits/{visitId}/return': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },

  // Progress
  'GET /api/me/training': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/cohorts/{cohortId}/progress': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/actions': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/progress.csv': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/trainees/{traineeId}/progress': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },

  // Certificates
  'POST /api/cohorts/{cohortId}/trainees/{traineeId}/certify': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'POST /api/cohorts/{cohortId}/certification-jobs': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 202, leaderOther: 404, leaderOtherOrg: 404, admin: 202, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/certification-jobs/latest': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/certification-jobs/{jobId}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/certification-jobs/{jobId}/retry': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 202, leaderOther: 404, leaderOtherOrg: 404, admin: 202, adminOtherOrg: 404, national: 403 },
  'GET /api/cohorts/{cohortId}/certificates': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/certificates/{certificateId}/revoke': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'POST /api/certificates/{certificateId}/reissue': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  // The holder reads what renewing her own certificate takes; only staff renew.
  'GET /api/certificates/{certificateId}/renewal': { anonymous: 401, trainee: 200, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/certificates/{certificateId}/renew': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 201, adminOtherOrg: 404, national: 403 },
  'GET /api/certificates/{certificateId}/pdf': { anonymous: 401, trainee: 200, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'GET /api/me/certificates': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/certificates/expiring': { anonymous: 401, trainee: 403, leaderOwn: 200, admin: 200, national: 403 },
  // A link names only her own certificates: the other trainee's certificate is refused like an unknown one.
  'POST /api/me/share-links': { anonymous: 401, trainee: 201, traineeOther: 422, traineeOtherOrg: 422, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/me/share-links': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'DELETE /api/me/share-links/{linkId}': { anonymous: 401, trainee: 204, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
  'POST /api/signing-keys/rotate': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 201, national: 201 },

  // Audit and privacy
  'GET /api/audit/events': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'GET /api/audit/events.csv': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'GET /api/me/data-access': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/me/data-export.json': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/me/data-export.html': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/me/erasure-request': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'POST /api/me/erasure-request': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'DELETE /api/me/erasure-request': { anonymous: 401, trainee: 204, leaderOwn: 403, admin: 403, national: 403 },
  'GET /api/admin/erasure-requests': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 200, national: 403 },
  'POST /api/admin/erasure-requests/{requestId}/confirm': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 200, adminOtherOrg: 404, national: 403 },

  // Supervision after placement: supervisors are course leaders named on a group
  'POST /api/supervision/groups': { anonymous: 401, trainee: 403, leaderOwn: 403, admin: 201, national: 403 },
  'GET /api/supervision/groups': { anonymous: 401, trainee: 403, leaderOwn: 200, admin: 200, national: 403 },
  'GET /api/supervision/groups/{groupId}': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 200, leaderOther: 404, leaderOtherOrg: 404, admin: 200, adminOtherOrg: 404, national: 403 },
  'POST /api/supervision/groups/{groupId}/sessions': { anonymous: 401, trainee: 403, traineeOther: 403, traineeOtherOrg: 403, leaderOwn: 201, leaderOther: 404, leaderOtherOrg: 404, admin: 403, adminOtherOrg: 403, national: 403 },
  'GET /api/me/supervision': { anonymous: 401, trainee: 200, leaderOwn: 403, admin: 403, national: 403 },
  'PUT /api/me/supervision/sessions/{sessionId}/reflection': { anonymous: 401, trainee: 200, traineeOther: 404, traineeOtherOrg: 404, leaderOwn: 403, leaderOther: 403, leaderOtherOrg: 403, admin: 403, adminOtherOrg: 403, national: 403 },
};

/**
 * Cells where today's code still answers otherwise than the row says, each with the area that is
 * changing it. The spec checks that each still differs, so an entry must go once the code is fixed.
 * Keep this empty whenever possible: the rows above are the rule.
 */
export const NOT_YET: Record<string, { column: Column; today: number; why: string }[]> = {};
