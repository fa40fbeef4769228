/**
 * Code snippets for the Data page: the same query against the published Parquet files from the
 * DuckDB CLI, Python and R. Table names and URLs come from the schema and the site address.
 */
export interface SnippetInput {
  /** Absolute URL of the data folder, ending with a slash. */
  dataUrl: string;
  /** One comment line in the page language. */
  comment: string;
}

const QUERY = (from: string) => `SELECT year, currency, sum(value) AS value
FROM ${from}
WHERE basis = 'authorized' AND value IS NOT NULL
GROUP BY year, currency
ORDER BY currency, year`;

export function duckdbCli({ dataUrl, comment }: SnippetInput): string {
  return `-- ${comment}
-- duckdb (the httpfs extension loads itself for https:// paths)
${QUERY(`'${dataUrl}transfers.parquet'`)};`;
}

export function python({ dataUrl, comment }: SnippetInput): string {
  return `# pip install duckdb
import duckdb

# ${comment}
df = duckdb.sql("""
${QUERY(`'${dataUrl}transfers.parquet'`)}
""").df()
print(df)`;
}

export function r({ dataUrl, comment }: SnippetInput): string {
  return `# install.packages(c("duckdb", "DBI"))
library(DBI)
con <- dbConnect(duckdb::duckdb())

# ${comment}
dbGetQuery(con, "
${QUERY(`'${dataUrl}transfers.parquet'`)}
")`;
}
