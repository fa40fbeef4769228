/** Paths of the reporting-deadline calendars (.ics), under a language prefix (localePath adds it). */

/** A State Party's deadlines. */
export const stateCalendarPath = (iso3: string) => `/countries/${iso3}/deadlines.ics`;

/** Every State Party's deadlines in one calendar. */
export const allPartiesCalendarPath = '/analyses/compliance/deadlines.ics';
