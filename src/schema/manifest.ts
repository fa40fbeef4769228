/**
 * manifest.json, as published next to the tables: what a build produced and from what (row counts,
 * sizes, checksums, sources, licences, build date). The pipeline writes it (src/pipeline/manifest.ts),
 * the site reads it; a reader can check any file against it. Types only: no runtime code here (the
 * row-group index's validator is in rowGroupIndex.ts).
 */

import type { RowGroupIndex } from './rowGroupIndex.ts';

/** One published Parquet table. */
export interface PublishedTable {
  name: string;
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** Key ranges per row group, for a file of more than one group (src/schema/rowGroupIndex.ts). */
  rowGroups?: RowGroupIndex;
}

export interface ManifestSource {
  id: string;
  title: string;
  publisher: string;
  instrument: string;
  homepage: string;
  licence: string;
  licenceNote?: string;
  caveats?: string;
  commit?: string;
  published?: string;
  files: { name: string; sha256: string; bytes: number; url?: string }[];
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Lines read that carry no data by design (titles, headers, blank lines): read = loaded + rejected + structural. */
  rowsStructural?: number;
  structuralByKind?: Record<string, number>;
  facts: number;
  totals: number;
  reports: number;
  /** Rows the source wrote to tables of its own (e.g. eu_brokering), by table; absent for transfer sources. */
  tableRows?: Record<string, number>;
  rejectsByReason: Record<string, number>;
  unresolvedNames: { name: string; lines: number }[];
  /** Names written with bidi controls or zero-width characters (escaped as \uXXXX), which were removed before resolving. */
  namesCleaned: { written: string; times: number }[];
  /** Free-text cells cut to the portal's cap; each cut is marked in the text. */
  textsCut: number;
}

export interface Manifest {
  /** Date of the build plus a hash of the tables' checksums; a build of unchanged data keeps the earlier snapshot's id. */
  snapshotId: string;
  previousSnapshotId: string | null;
  builtAt: string;
  versions: Record<string, string>;
  tables: PublishedTable[];
  sources: ManifestSource[];
  coverage: { yearMin: number | null; yearMax: number | null; reporters: number; partners: number };
  reconciliation: { totals: number; match: number; mismatch: number; noLines: number };
  /** The depositary's ATT status, when the build read it: counts, date, and differences from the hand-compiled facts. */
  treatyStatus?: TreatyStatusSummary;
}

/** A fact on which the depositary's page and the hand-compiled facts (src/reference/attParticipation.ts) give different values. */
export interface TreatyDisagreement {
  iso3: string;
  field: 'participation' | 'status' | 'signature' | 'consent_date' | 'consent_type' | 'provisional_application' | 'entry_into_force';
  handCompiled: string;
  depositary: string;
}

export interface TreatyStatusSummary {
  sourceId: string;
  statusAsAt: string;
  /** The counts the page prints in its header. */
  printed: { signatories: number | null; parties: number | null };
  participants: number;
  signatories: number;
  parties: number;
  consentTypes: Record<string, number>;
  provisionalApplication: number;
  footnotes: number;
  declarations: number;
  /** Hand-compiled value empty, depositary value present. */
  gapsFilled: number;
  /** The depositary's values are used; these are the hand-compiled values they replaced. */
  disagreements: TreatyDisagreement[];
}
