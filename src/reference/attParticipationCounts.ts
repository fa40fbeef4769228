/**
 * Dated counts of ATT signatories and parties, transcribed from a compilation of public sources
 * (att-status/att-participation-counts.csv of the project's raw-data mirror; 21 rows). Each count holds
 * for its `asOf` date (as written: usually YYYY-MM-DD, sometimes a period) and its source; `value` is
 * kept as written ("130 / 69" when the source gives two counts, named in `measure`). Useful for a
 * timeline and to see how incomplete the per-State facts in attParticipation.ts are.
 *
 * Hand-kept: transcribed once from the mirror file (no generator is kept); edit by hand, only with a source.
 * No Node or DOM imports.
 */

export interface AttParticipationCount {
  asOf: string;
  measure: string;
  value: string;
  sourceUrl: string;
  note: string;
}

export const ATT_PARTICIPATION_COUNTS: readonly AttParticipationCount[] = [
  {
    asOf: '2013-06-03',
    measure: 'States that signed on the opening day',
    value: '67',
    sourceUrl: 'https://www.reachingcriticalwill.org/disarmament-fora/att/signing-ceremony',
    note: "Also 67 per Japan's CD delegation page",
  },
  {
    asOf: '2013-09-25',
    measure: 'Signatories after the 25 Sep 2013 high-level event (22 new signatures that day)',
    value: '112',
    sourceUrl: 'https://www.unrcpd.org/news-item/22-new-signatures-arms-trade-treaty-high-level-event-un-headquarters/',
    note: 'Ratifications at that time: 7',
  },
  { asOf: '2013-09-25', measure: 'Ratifications', value: '7', sourceUrl: 'https://www.unrcpd.org/news-item/22-new-signatures-arms-trade-treaty-high-level-event-un-headquarters/', note: '' },
  {
    asOf: '2014-04-02',
    measure: 'Deposited ratifications after 18 deposits that day',
    value: '31',
    sourceUrl: 'https://www.unrcpd.org/spotlight/secretary-general-bans-statement-one-year-anniversary-adoption-arms-trade-treaty',
    note: 'UN Secretary-General statement; 118 signatories. Croatian MFA page says 27 (conflict; UN figure kept)',
  },
  { asOf: '2014-04-02', measure: 'Signatories', value: '118', sourceUrl: 'https://www.unrcpd.org/spotlight/secretary-general-bans-statement-one-year-anniversary-adoption-arms-trade-treaty', note: '' },
  { asOf: '2014-06-03', measure: 'Ratifications after 8 deposits that day', value: '40', sourceUrl: 'https://www.unrcpd.org/news-item/8-new-ratifications/', note: '' },
  {
    asOf: '2014-09-25',
    measure: 'Instruments deposited after 8 deposits that day (50-instrument threshold crossed)',
    value: '53',
    sourceUrl: 'https://www.auswaertiges-amt.de/en/newsroom/news/-/254212',
    note: 'German Federal Foreign Office; 121 signatories. ASIL blog dates this 28 Sep 2014 (contradicted)',
  },
  {
    asOf: '2014-09-25',
    measure: 'Signatories',
    value: '121',
    sourceUrl: 'https://www.auswaertiges-amt.de/en/newsroom/news/-/254212',
    note: 'Xinhua/marine-oceans say 120 after Georgia and Namibia signed the same day - minor conflict',
  },
  {
    asOf: '2014-12 (week of 17-19 Dec)',
    measure: 'Signatories / ratifications',
    value: '128 / 61',
    sourceUrl: 'https://controlarms.org/blog/the-race-continues-in-advance-of-entry-into-force/',
    note: 'Control Arms, days before entry into force',
  },
  {
    asOf: '2014-12-24',
    measure: 'Treaty entry into force',
    value: 'in force',
    sourceUrl: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-8.en.xml',
    note: 'Art. 22(1): 90 days after 50th instrument (deposited 25 Sep 2014)',
  },
  {
    asOf: '2015-01-30',
    measure: 'Signatories / ratifications (before Swiss deposit)',
    value: '130 / 61',
    sourceUrl: 'https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-56092.html',
    note: 'Swiss Federal Council',
  },
  {
    asOf: '2015-07-01',
    measure: 'UNTC: Signatories / Parties',
    value: '130 / 69',
    sourceUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=IND&mtdsg_no=XXVI-8&chapter=26&lang=en',
    note: "UNTC 'status as at 01-07-2015'",
  },
  { asOf: '2015-07 (late July)', measure: 'States Parties after Mauritius and Niger joined', value: '71', sourceUrl: 'https://controlarms.org/blog/as-csp-approaches-two-more-states-join-the-att/', note: '' },
  { asOf: '2016-07-01', measure: 'States that had ratified or acceded / further signatories', value: '86 / 44', sourceUrl: 'https://attmonitor.org/en/arms-trade-treaty/description/', note: 'ATT Monitor' },
  {
    asOf: '2018-05-31',
    measure: 'States Parties',
    value: '95',
    sourceUrl: 'https://docslib.org/doc/12968104/state-of-the-arms-trade-treaty-9-a-year-in-review-june-2017-may-2018',
    note: 'ATT Monitor 2018; by region: Asia 6 of 14, Oceania 4 of 14, Africa 22 of 54, Europe 39 of 43, Americas 24 of 35',
  },
  {
    asOf: '2018/2019 (page lists next reporting deadline 31 May 2019)',
    measure: 'UNODA: States Parties / ratifications / accessions / signatories',
    value: '94 / 89 / 5 / 130',
    sourceUrl: 'https://disarmament.unoda.org/convarms/arms-trade-treaty/',
    note: 'Exact as-of date not on page',
  },
  { asOf: '2022-03-24', measure: 'Philippines became State Party number', value: '111', sourceUrl: 'https://controlarms.org/blog/the-philippines-joins-the-arms-trade-treaty/', note: '' },
  {
    asOf: '2022-08-24',
    measure: 'Signatory states / of which ratified',
    value: '141 / 111',
    sourceUrl:
      'https://www.seco.admin.ch/seco/en/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/exportkontrollen-und-sanktionen/ruestungskontrolle-und-ruestungskontrollpolitik--bwrp-/internationale-verpflichtungen.html',
    note: "Swiss SECO; '141 signatory states' appears to count all participants (signatories + acceding states)",
  },
  {
    asOf: 'undated crawl (after Dec 2022)',
    measure: 'UNTC MTDSG: Signatories / Parties',
    value: '130 / 113',
    sourceUrl: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-8.en.xml',
    note: "Table header of the stored XML; includes Andorra's 2 Dec 2022 ratification",
  },
  {
    asOf: 'undated crawl',
    measure: 'ATT Secretariat portal: States Parties / signatories not yet parties / states not joined',
    value: '116 / 26 / 53',
    sourceUrl: 'https://portal.thearmstradetreaty.org/treaty-status.html?templateId=209883',
    note: '',
  },
  {
    asOf: '2025-05-15',
    measure: 'UNTC: Signatories / Parties',
    value: '130 / 116',
    sourceUrl: 'https://treaties.un.org/pages/ViewDetails.aspx?chapter=26&mtdsg_no=XXVI-8&src=TREATY',
    note: "UNTC 'status as at 15-05-2025'",
  },
];
