import { i18n } from '#i18n';
import { pickLocale, type Locale } from '@/utils/content/types';

/**
 * The language of the catalogue the browser chose for this page: the health
 * content and Intl formatting follow it, so a French browser showing our
 * English text also gets English numbers and English tips.
 */
export function useLocale(): Locale {
  return pickLocale(i18n.t('locale'));
}
