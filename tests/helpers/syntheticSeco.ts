/**
 * SYNTHETIC SECO files for tests: every figure below is invented. They reproduce the real files'
 * quirks (see data/raw/seco-ch-war-material/SOURCE.md): Mac Roman bytes, lone-CR line ends, title
 * lines, two header layouts (2006 style and 2010 style), the header printed again mid-table, the
 * continent on the first line of a block only (its French name on the second), blank and subtotal
 * lines, apostrophe thousands, plain digits, the lumped KM 9 / KM 11-15 / KM 17-22 column; and for the
 * licence list, '?' for lost letters, CRLF and "Fr. 1'234.00" values.
 */

/** The Mac Roman code points the fixtures use (checked against the WHATWG decoder in the tests). */
const MAC_ROMAN: Record<string, number> = { Ä: 0x80, Ö: 0x85, Ü: 0x86, é: 0x8e, è: 0x8f, ä: 0x8a, ö: 0x9a, ü: 0x9f, É: 0x83 };

export function macRoman(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    const mac = MAC_ROMAN[c];
    if (mac === undefined) throw new Error(`no Mac Roman byte listed for '${c}'`);
    return mac;
  }));
}

/** Lines joined by a lone CR, as the real files. */
export const crLines = (lines: string[]) => lines.join('\r');

/**
 * 2006 layout: Total right after Land, DE / FR names in one cell, an unlabelled column before the
 * lumped one, and the header printed again before Africa. Total 1'500'000 + 50 = 1'500'050.
 * Lines: 1–2 titles, 3 blank, 4–5 header, 6 blank, 7 Total, 8 blank, 9–11 Europe, 12 subtotal,
 * 13 blank, 14–15 header again, 16 blank, 17 Africa, 18 subtotal.
 */
export const SYNTHETIC_2006 = crLines([
  '  Ausfuhren von Kriegsmaterial nach Kategorie pro Endempfängerstaat (01.01. - 31.12.2006);;;;;;;;;',
  '  Exportations de matériel de guerre par catégorie et pays de destination (01.01. - 31.12.2006);;;;;;;;;',
  ';;;;;;;;;',
  'Kontinent;Land;Total;KM 1;KM 2;KM 10;KM 16;;KM 9 / KM 11 - 15 /;',
  'Continent;Pays;;;;;;;KM 17 - 22;',
  ';;;;;;;;;',
  "Total;;1'500'050;1'000'050;300'000;200'000;;;0;",
  ';;;;;;;;;',
  "Europa;Dänemark / Danemark;1'200'000;1'000'000;;200'000;;;;",
  'Europe;Österreich / Autriche;299\'000;;299\'000;;;;;',
  ';Island / Islande;1\'000;;1\'000;;;;;',
  ";;1'500'000;;;;;;;",
  ';;;;;;;;;',
  'Kontinent;Land;Total;KM 1;KM 2;KM 10;KM 16;;KM 9 / KM 11 - 15 /;',
  'Continent;Pays;;;;;;;KM 17 - 22;',
  ';;;;;;;;;',
  'Afrika;Südafrika / Afrique du Sud;50;50;;;;;;',
  ';;50;;;;;;;',
]);

/**
 * 2010 layout: an unnamed French-name column between Land and Total, the lumped column last, a number
 * without separators (544689). Its Africa subtotal leaves out Tunisia, as SECO's 2014 table does.
 * Lines: 1–2 titles, 3–4 blank, 5–6 header, 7 blank, 8 Total, 9 blank, 10–11 Europe, 12 subtotal,
 * 13 blank, 14–15 Africa, 16 subtotal.
 */
export const SYNTHETIC_2010 = crLines([
  'Ausfuhren von Kriegsmaterial nach Kategorie pro Endempfängerstaat (01.01. - 31.12.2010);;;;;;;;',
  'Exportations de matériel de guerre par catégorie et pays de destination (01.01. - 31.12.2010);;;;;;;;',
  ';;;;;;;;',
  ';;;;;;;;',
  'Kontinent;Land;;Total;KM 1;KM 2;KM 10;KM 16;KM 9  / KM 11-15 /',
  'Continent;Pays;;;;;;;KM 17 - 22',
  ';;;;;;;;',
  "Total;;;2'000'689;1'000'000;;;456'000;544'689",
  ';;;;;;;;',
  "Europa;Deutschland;Allemagne;1'456'000;1'000'000;;;456'000;",
  'Europe;Türkei;Turquie;;;;;;',
  ";;;1'456'000;;;;;",
  ';;;;;;;;',
  'Afrika;Südafrika;Afrique du Sud;;;;;;',
  'Afrique;Tunesien;Tunisie;544689;;;;;544689',
  ';;;0;;;;;',
]);

export const seco2006 = () => ({ name: 'gsoa2006.csv', bytes: macRoman(SYNTHETIC_2006) });
export const seco2010 = () => ({ name: 'gsoa2010.csv', bytes: macRoman(SYNTHETIC_2010) });

/** The licence list: ASCII with '?' for lost letters, CRLF, one line per licence item. */
export const SYNTHETIC_LICENCES = [
  'Gesch?ftsnummer;Bewilligungsdatum;Endverbraucherland;AG (GKV);MTCR (GKV);NSGI (GKV);NSGII (GKV);WA (GKV);ML (GKV);Anhang 5.1;Anhang 5.2;Anhang 5.3;ChKV; Wert ',
  "90001;04.01.12;T?rkei;;;;;;18a;;;;; Fr. 150'900.00 ",
  "90002;05.01.12;China;;;;2B201b;2B001c;;;;;; Fr. 1'492'552.50 ",
  '90002;05.01.12;China;;;;;;;5.1;;;; Fr. 7.00 ',
  '90003;31.02.13;Indien;;;;;;;;;;; Fr. 10.00 ',
  '90004;01.03.14;Atlantis;;;;;;;;;;; Fr. 10.00 ',
  '90005;01.03.14;Schweiz;;;;;;1a;;;;; 492552 ',
  '90006;01.03.14;Russische F?deration;;;;;;99x;;;;; Fr. 5.00 ',
].join('\r\n');

export const secoLicences = () => ({ name: 'gsoaBesondere.csv', bytes: new TextEncoder().encode(SYNTHETIC_LICENCES) });
