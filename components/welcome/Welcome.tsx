import { i18n } from '#i18n';
import { useStore } from '@/components/store';
import { PresetPicker } from './PresetPicker';
import { Section } from './Section';
import { TestReminder } from './TestReminder';

export interface Props {
  /** Which browser's steps to show for pinning the toolbar icon. */
  browser: 'chrome' | 'firefox';
}

/** The page a first install opens: what it does, a preset, a test, the icon, privacy. */
export function Welcome({ browser }: Props) {
  const store = useStore();
  return (
    <main class="welcome">
      <h1>{i18n.t('welcome.heading')}</h1>
      <p class="lead">{i18n.t('welcome.intro')}</p>

      <Section heading={i18n.t('welcome.what.heading')}>
        <ul>
          <li>{i18n.t('welcome.what.nudge')}</li>
          <li>{i18n.t('welcome.what.break')}</li>
          <li>{i18n.t('welcome.what.away')}</li>
          <li>{i18n.t('welcome.what.relief')}</li>
        </ul>
      </Section>

      <PresetPicker />

      <Section heading={i18n.t('welcome.test.heading')}>
        <TestReminder />
      </Section>

      <Section heading={i18n.t('welcome.pin.heading')}>
        <p>{i18n.t('welcome.pin.why')}</p>
        <p>
          {browser === 'firefox' ? i18n.t('welcome.pin.firefox') : i18n.t('welcome.pin.chrome')}
        </p>
      </Section>

      <Section heading={i18n.t('welcome.privacy.heading')}>
        <ul>
          <li>{i18n.t('welcome.privacy.device')}</li>
          <li>{i18n.t('welcome.privacy.network')}</li>
          <li>{i18n.t('welcome.privacy.pages')}</li>
        </ul>
      </Section>

      <p class="finish">
        <button type="button" onClick={() => void store.backend.openOptions()}>
          {i18n.t('welcome.settings')}
        </button>
      </p>
      <p>{i18n.t('welcome.finish')}</p>
    </main>
  );
}
