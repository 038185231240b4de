import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/api-client-context';
import { exportPerson } from '../../../api/personal-data';
import { downloadJson, exportFileName } from '../download-json';

/**
 * Exports everything held about one person and saves it as a JSON file. A mutation: each export is
 * recorded by the server (person.exported), so it runs when asked, never again in the background.
 */
export function useExportPerson() {
  const api = useApi();
  return useMutation({
    mutationFn: async (applicantId: string) => {
      const document = await exportPerson(api, applicantId);
      const fileName = exportFileName(applicantId, document.exportedAt);
      downloadJson(document, fileName);
      return { fileName };
    },
  });
}
