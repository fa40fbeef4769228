/**
 * The source id of a reader's own file (Your data page): its rows join the published tables in the
 * reader's browser under this id, never in a published file.
 */
export const USER_SOURCE_ID = 'your-file';
