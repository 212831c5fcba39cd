import { i18n } from '#i18n';

export function App() {
  return (
    <main>
      <h1>{i18n.t('break.heading')}</h1>
      <p>{i18n.t('break.intro')}</p>
    </main>
  );
}
