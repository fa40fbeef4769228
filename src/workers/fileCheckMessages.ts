/** Messages between the "Your data" page and its worker (fileCheck.worker.ts). Types only. */
import type { CheckedReject, FileSummary, UnknownName } from '../pipeline/fileCheck.ts';

export interface CheckRequest {
  files: File[];
  /** Today (ISO), for "in the future". */
  now: string;
  /** Keep the files across visits, or for this session (its token) only. */
  keep: boolean;
  session: string;
}

export type CheckAnswer =
  | { type: 'progress'; stage: 'reading' | 'parsing' | 'resolving' | 'tables' | 'saving'; file: string; index: number; count: number }
  | {
      type: 'done';
      files: FileSummary[];
      rejects: CheckedReject[];
      rejectCount: number;
      rejectsCsv: string;
      unknownNames: UnknownName[];
      rowCounts: Record<string, number>;
    }
  | { type: 'error'; message: string };
