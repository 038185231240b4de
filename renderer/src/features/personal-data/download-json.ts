/** The file name of one person's export: `miconsulado-<id>-<YYYY-MM-DD>.json`. */
export const exportFileName = (applicantId: string, exportedAt: string) =>
  `miconsulado-${applicantId}-${exportedAt.slice(0, 10)}.json`;

/**
 * Saves a JSON document as a file through the browser's download (a link with `download`: the
 * desktop shell asks where). An object URL where the page has them, else a `data:` URL.
 */
export function downloadJson(document: unknown, fileName: string, doc: Document = window.document): void {
  const text = JSON.stringify(document, null, 2);
  const objectUrl =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(new Blob([text], { type: 'application/json' }))
      : null;
  const link = doc.createElement('a');
  link.href = objectUrl ?? `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  if (objectUrl) setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
}
