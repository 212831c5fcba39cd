import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountPage } from '@/components/mount';
import { useLocale } from '../helpers/i18n';

describe('mountPage', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="app"></div>';
  });

  it.each([
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const)(
    'gives the document the catalogue language %s and direction %s',
    async (locale, dir) => {
      await useLocale(locale);
      mountPage(<h1>Hi</h1>, 'Title');
      expect(document.documentElement.lang).toBe(locale);
      expect(document.documentElement.dir).toBe(dir);
      expect(document.title).toBe('Title');
      expect(screen.getByRole('heading', { name: 'Hi' })).toBeTruthy();
    },
  );

  it('fails loudly when the page has no root element', () => {
    document.body.innerHTML = '';
    expect(() => mountPage(<p />, 'x')).toThrow(/#app/);
  });
});
