import { i18n } from '#i18n';
import { useEffect, useMemo } from 'preact/hooks';
import type { History } from '@/utils/history';
import { exportFileName, historyCsv, historyJson } from '@/utils/history-export';

export interface Props {
  history: History;
  todayKey: string;
}

/** A blob: URL for the text, revoked when the text changes or the panel goes away. */
function useObjectUrl(text: string, type: string): string {
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type })), [text, type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

/** Download links for the whole history: everything stays on the device. */
export function ExportLinks({ history, todayKey }: Props) {
  const csv = useObjectUrl(historyCsv(history), 'text/csv;charset=utf-8');
  const json = useObjectUrl(historyJson(history), 'application/json');
  return (
    <div class="history-export">
      <p>{i18n.t('history.export.intro')}</p>
      <p class="history-export-links">
        <a href={csv} download={exportFileName('csv', todayKey)}>
          {i18n.t('history.export.csv')}
        </a>
        <a href={json} download={exportFileName('json', todayKey)}>
          {i18n.t('history.export.json')}
        </a>
      </p>
    </div>
  );
}
