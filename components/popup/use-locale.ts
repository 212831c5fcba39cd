import { i18n } from '#i18n';

/**
 * The language of the catalogue the browser chose for this page, as a BCP 47
 * tag ('en', 'ar', 'pt-BR', 'zh-CN'): Intl formatting and the health content
 * follow it, so a browser in a language we lack gets English throughout.
 */
export function useLocale(): string {
  return i18n.t('locale');
}
