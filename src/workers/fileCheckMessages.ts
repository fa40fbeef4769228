/** Messages between the "Your data" page and its worker (fileCheck.worker.ts). Types only. */
import type { StoredSubmission } from '../db/userStore.ts';
import type { CheckedReject, FileSummary, UnknownName } from '../pipeline/fileCheck.ts';

export interface CheckRequest {
  files: File[];
  /** Today (ISO), for "in the future". */
  now: string;
}

export type CheckAnswer =
  | { type: 'progress'; stage: 'reading' | 'parsing' | 'resolving' | 'tables'; file: string; index: number; count: number }
  | {
      type: 'done';
      files: FileSummary[];
      rejects: CheckedReject[];
      rejectCount: number;
      rejectsCsv: string;
      unknownNames: UnknownName[];
      tables: Record<string, Uint8Array>;
      rowCounts: Record<string, number>;
      submissions: StoredSubmission[];
    }
  | { type: 'error'; message: string };
