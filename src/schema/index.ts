import { categories } from './categories.ts';
import { euBrokering } from './euBrokering.ts';
import { euConsultations } from './euConsultations.ts';
import { euMissions } from './euMissions.ts';
import { initialAnswers } from './initialAnswers.ts';
import { initialQuestions } from './initialQuestions.ts';
import { initialReports } from './initialReports.ts';
import { licenceItems } from './licenceItems.ts';
import { reconciliation } from './reconciliation.ts';
import { rejects } from './rejects.ts';
import { reports } from './reports.ts';
import { states } from './states.ts';
import { transfers } from './transfers.ts';
import { transferPartnerTotals, transferTotals } from './transferTotals.ts';

export { categories, euBrokering, euConsultations, euMissions, initialAnswers, initialQuestions, initialReports, licenceItems, reconciliation, rejects, reports, states, transfers, transferPartnerTotals, transferTotals };
export type { InitialAnswerRow } from './initialAnswers.ts';
export type { InitialQuestionRow } from './initialQuestions.ts';
export type { InitialReportRow } from './initialReports.ts';
export type { LicenceItemRow } from './licenceItems.ts';
export type { CategoryRow } from './categories.ts';
export type { EuBrokeringRow } from './euBrokering.ts';
export type { EuConsultationRow } from './euConsultations.ts';
export type { EuMissionRow } from './euMissions.ts';
export type { ReconciliationRow } from './reconciliation.ts';
export type { RejectRow } from './rejects.ts';
export type { ReportRow } from './reports.ts';
export type { StateRow } from './states.ts';
export type { TransferRow } from './transfers.ts';
export { AGGREGATE_FIGURES, TRANSFER_AGGREGATES, aggregateKeys, aggregateSql } from './transferTotals.ts';
export * from './columns.ts';
export * from './codes.ts';

/** Every published table, in the order the data dictionary lists them. */
export const TABLES = [
  transfers,
  transferTotals,
  transferPartnerTotals,
  reports,
  states,
  categories,
  reconciliation,
  rejects,
  initialReports,
  initialAnswers,
  initialQuestions,
  licenceItems,
  euBrokering,
  euConsultations,
  euMissions,
] as const;
export type TableName = (typeof TABLES)[number]['name'];
