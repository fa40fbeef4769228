/** The register table's caption while its figures are not known (loading, or the query failed). */
export const registerStatus = {
  captionLoading: { en: 'Reported facts: loading…', fr: 'Faits déclarés : chargement…', es: 'Hechos declarados: cargando…' },
  captionFailed: { en: 'Reported facts: not loaded', fr: 'Faits déclarés : non chargés', es: 'Hechos declarados: no cargados' },
};
