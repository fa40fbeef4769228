/**
 * The row-group index of a published Parquet file, carried by its entry in manifest.json: for each
 * row group, in file order, its row count and the smallest and largest value of each key column.
 * The publish stage sorts a big table by its keys and writes the index from the file's own column
 * statistics (src/pipeline/rowGroupIndex.ts); the browser reads only the row groups whose ranges
 * can hold a query's rows (src/db/rowGroups.ts). parquet-wasm 0.8, the browser's decoder, exposes
 * no column statistics, hence this copy in the manifest.
 */
import { z } from './zod.ts';

/** A key's value as Parquet statistics give it: text, a number, or null (the group has no value). */
export const keyValueSchema = z.union([z.string(), z.number(), z.null()]);
export type KeyValue = z.infer<typeof keyValueSchema>;

export const rowGroupIndexSchema = z
  .object({
    /** The key columns, in the table's sort order. */
    keys: z.array(z.string().min(1)).min(1),
    groups: z.array(
      z.object({
        rows: z.number().int().nonnegative(),
        /** Per key (same order as `keys`): the group's smallest and largest non-null value, null if it has none. */
        min: z.array(keyValueSchema),
        max: z.array(keyValueSchema),
      }),
    ),
  })
  .refine((ix) => ix.groups.every((g) => g.min.length === ix.keys.length && g.max.length === ix.keys.length), { message: 'each group needs a min and a max per key' });

export type RowGroupIndex = z.infer<typeof rowGroupIndexSchema>;
