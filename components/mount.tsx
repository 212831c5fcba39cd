import { i18n } from '#i18n';
import { render, type ComponentChild } from 'preact';

/**
 * Mounts a page's root component after giving the document the language and
 * direction of the catalogue the browser actually chose (not the raw UI
 * language: a French browser gets our English text, so `lang` must say "en").
 */
export function mountPage(root: ComponentChild, titleText: string): void {
  const html = document.documentElement;
  html.lang = i18n.t('locale');
  html.dir = i18n.t('dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = titleText;
  const app = document.getElementById('app');
  if (!app) throw new Error('Missing #app root element');
  render(root, app);
}
