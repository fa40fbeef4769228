import { categories } from './categories.ts';
import { initialAnswers } from './initialAnswers.ts';
import { initialQuestions } from './initialQuestions.ts';
import { initialReports } from './initialReports.ts';
import { licenceItems } from './licenceItems.ts';
import { reconciliation } from './reconciliation.ts';
import { rejects } from './rejects.ts';
import { reports } from './reports.ts';
import { states } from './states.ts';
import { transfers } from './transfers.ts';

export { categories, initialAnswers, initialQuestions, initialReports, licenceItems, reconciliation, rejects, reports, states, transfers };
export type { InitialAnswerRow } from './initialAnswers.ts';
export type { InitialQuestionRow } from './initialQuestions.ts';
export type { InitialReportRow } from './initialReports.ts';
export type { LicenceItemRow } from './licenceItems.ts';
export type { CategoryRow } from './categories.ts';
export type { ReconciliationRow } from './reconciliation.ts';
export type { RejectRow } from './rejects.ts';
export type { ReportRow } from './reports.ts';
export type { StateRow } from './states.ts';
export type { TransferRow } from './transfers.ts';
export * from './columns.ts';
export * from './codes.ts';

/** Every published table, in the order the data dictionary lists them. */
export const TABLES = [transfers, reports, states, categories, reconciliation, rejects, initialReports, initialAnswers, initialQuestions, licenceItems] as const;
export type TableName = (typeof TABLES)[number]['name'];
