import { i18n } from '#i18n';

/**
 * Gives the document the language and direction of the catalogue the browser
 * actually chose (not the raw UI language: a French browser gets our English
 * text, so `lang` must say "en").
 */
export function applyPageLanguage(doc: Document = document): void {
  const html = doc.documentElement;
  html.lang = i18n.t('locale');
  html.dir = i18n.t('dir') === 'rtl' ? 'rtl' : 'ltr';
}
