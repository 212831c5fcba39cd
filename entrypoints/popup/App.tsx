import { i18n } from '#i18n';

export function App() {
  return (
    <main>
      <h1>{i18n.t('popup.heading')}</h1>
      <p>{i18n.t('popup.tagline')}</p>
    </main>
  );
}
