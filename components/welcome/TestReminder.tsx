import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { useStore } from '@/components/store';

/** Sends the background a test reminder, so the user sees (or misses) one now. */
export function TestReminder() {
  const store = useStore();
  const [message, setMessage] = useState('');
  const send = async () => {
    setMessage('');
    const reply = await store.send({ type: 'testReminder' });
    setMessage(i18n.t(reply.ok ? 'welcome.test.sent' : 'welcome.test.failed'));
  };
  return (
    <>
      <p>{i18n.t('welcome.test.text')}</p>
      <button type="button" class="primary" onClick={() => void send()}>
        {i18n.t('welcome.test.button')}
      </button>
      <p role="status" class="status">
        {message}
      </p>
    </>
  );
}
