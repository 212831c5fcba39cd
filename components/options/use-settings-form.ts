import { useEffect, useMemo } from 'preact/hooks';
import type { Store } from '@/components/store';
import {
  createSettingsForm,
  DEFAULT_TIMING,
  type FormTiming,
  type SettingsForm,
} from './settings-form';

/**
 * The page's settings form, made once per store. A change still waiting for
 * its debounce is written when the page is hidden or closed, so closing the
 * tab right after typing loses nothing.
 */
export function useSettingsForm(store: Store, timing: FormTiming = DEFAULT_TIMING): SettingsForm {
  // Timing is fixed for the page's life: only a new store makes a new form.
  const form = useMemo(() => createSettingsForm(store, timing), [store]);
  useEffect(() => {
    const onHide = () => form.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      form.flush();
      form.dispose();
    };
  }, [form]);
  return form;
}
