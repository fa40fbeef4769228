/**
 * Aggregate figures on ATT annual reporting published by others, transcribed as written from a
 * compilation of public sources (att-status/att-reporting-aggregates.csv of the project's raw-data
 * mirror; 5 rows). They are quoted on the compliance page with their source and are never mixed
 * with figures computed from the portal's tables. `note` keeps the compiler's caveats (one row is
 * marked LOW CONFIDENCE). No Node or DOM imports.
 */

export interface AttReportingAggregate {
  reportYear: string;
  measure: string;
  value: string;
  asOf: string;
  sourceUrl: string;
  note: string;
}

export const ATT_REPORTING_AGGREGATES: readonly AttReportingAggregate[] = [
  {
    reportYear: '2022',
    measure: 'States Parties that submitted an annual report for 2022',
    value: '69',
    asOf: '2024 (ATT Monitor 2024 Report launch)',
    sourceUrl: 'https://attmonitor.org/en/project/launch-of-the-att-monitor-2024-report/',
    note: "ATT Monitor project lead: 'only 69 States Parties (63 percent) submitted reports for 2022 - the lowest compliance rate since 2015'",
  },
  {
    reportYear: '2022',
    measure: 'Share of States Parties required to report that submitted a 2022 annual report',
    value: '63%',
    asOf: '2024 (ATT Monitor 2024 Report launch)',
    sourceUrl: 'https://attmonitor.org/en/project/launch-of-the-att-monitor-2024-report/',
    note: 'Same statement as above; denominator (number required to report) not given',
  },
  {
    reportYear: '2022',
    measure: 'States submitting their 2022 annual report on time',
    value: '38',
    asOf: '2023-11-01',
    sourceUrl: 'https://sputnikglobe.com/20231101/arms-trade-treaty-found-to-have-lowest-ever-compliance-reporting-rate-on-weapons-sales-1114652736.html',
    note: "LOW CONFIDENCE: news report quoting Stimson Center's Rachel Stohl ('Of 113 signatories, only 38 submitted their reports on time'); 'signatories' is likely a misstatement for States Parties; Stimson's own report not read",
  },
  {
    reportYear: '2022',
    measure: 'Share of 2022 annual reports submitted to date that were private (not public)',
    value: 'more than 25%',
    asOf: '2023-11-01',
    sourceUrl: 'https://sputnikglobe.com/20231101/arms-trade-treaty-found-to-have-lowest-ever-compliance-reporting-rate-on-weapons-sales-1114652736.html',
    note: "Quote from Stimson Center report: 'private reports - which represent more than a quarter of the 2022 reports submitted to date'; Stimson also said 2022 had the lowest on-time compliance rate",
  },
  {
    reportYear: '2015-2020',
    measure: 'Average annual reporting compliance over six reporting years',
    value: 'around 69%',
    asOf: '2021',
    sourceUrl: 'https://www.stimson.org/2021/2020-att-annual-reports/',
    note: "Stimson ATT-BAP: 'ATT annual reporting compliance has averaged around 69 percent over the last six years'; Secretariat grants a 7-day grace period (de facto deadline 7 June)",
  },
];
