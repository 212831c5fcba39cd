import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { CommandReply } from '@/utils/messages';

export interface Props {
  send(): Promise<CommandReply>;
}

/** Sends a test notification, and says what to check when none appears. */
export function TestReminder({ send }: Props) {
  const [reply, setReply] = useState<CommandReply | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setReply(null);
    setReply(await send());
    setBusy(false);
  };
  const failure =
    reply && !reply.ok
      ? reply.reason === 'noReply'
        ? i18n.t('options.test.noAnswer')
        : reply.reason
      : null;
  return (
    <div class="test-reminder">
      <button type="button" onClick={() => void run()}>
        {i18n.t('options.test.button')}
      </button>
      <p role="status" class="note">
        {reply?.ok ? i18n.t('options.test.sent') : ''}
      </p>
      {failure !== null && (
        <p role="alert" class="error">
          {i18n.t('options.test.failed', [failure])}
        </p>
      )}
      <details class="help">
        <summary>{i18n.t('options.test.helpSummary')}</summary>
        <p>{i18n.t('options.test.helpIntro')}</p>
        <ul>
          <li>{i18n.t('options.test.windows')}</li>
          <li>{i18n.t('options.test.macos')}</li>
          <li>{i18n.t('options.test.linux')}</li>
        </ul>
        <p>{i18n.t('options.test.fallback')}</p>
      </details>
    </div>
  );
}
