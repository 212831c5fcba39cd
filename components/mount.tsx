import { render, type ComponentChild } from 'preact';
import { applyPageLanguage } from './page-language';

/** Mounts a page's root component on `#app`, in the page's language and direction. */
export function mountPage(root: ComponentChild, titleText: string): void {
  applyPageLanguage();
  document.title = titleText;
  const app = document.getElementById('app');
  if (!app) throw new Error('Missing #app root element');
  render(root, app);
}
