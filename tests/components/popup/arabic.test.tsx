import { act, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '@/components/store';
import { MINUTE } from '@/utils/time';
import { fakeBackend } from '../../helpers/fake-backend';
import { useLocale } from '../../helpers/i18n';
import { NOW, mountPopup, sittingFor, unmountPopup } from './render-popup';

describe('popup in Arabic', () => {
  afterEach(unmountPopup);

  it('is right to left, with Arabic labels, numbers and plurals', async () => {
    await useLocale('ar');
    const backend = fakeBackend({
      tracker: sittingFor(34, { lastColdStartedAt: NOW - 30 * MINUTE }),
    });
    const store = createStore(backend, () => NOW);
    await mountPopup(store, 'استراحة القوام');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'استراحة القوام' })).toBeTruthy();
    const status = screen.getByRole('region', { name: 'الحالة' });
    expect(within(status).getByText('جارٍ احتساب مدة جلوسك')).toBeTruthy();
    expect(within(status).getByText('مدة جلوسك: 34 دقيقة')).toBeTruthy();
    expect(within(status).getByRole('progressbar', { name: 'التقدّم نحو استراحة الحركة التالية' }));
    const relief = screen.getByRole('tab', { name: 'ظهري يؤلمني', selected: true });
    // Right to left, the next tab is to the left.
    relief.focus();
    await act(() => {
      fireEvent.keyDown(relief, { key: 'ArrowLeft' });
    });
    expect(screen.getByRole('tab', { name: 'الوقاية', selected: true })).toBe(
      document.activeElement,
    );
    await act(() => {
      fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    });
    expect(screen.getByRole('tab', { name: 'ظهري يؤلمني', selected: true })).toBe(relief);
    expect(screen.getByRole('button', { name: 'خذ استراحة الآن' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /ابدأ بالراحة/ })).toBeTruthy();
    expect(screen.getByText('معلومات عامة، وليست استشارة طبية.')).toBeTruthy();

    // Arabic has a dual: "two hours", not "2 hours".
    fireEvent.click(screen.getByText('إيقاف التذكيرات مؤقتًا'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ساعتان' }));
    });
    expect(backend.send).toHaveBeenCalledWith({ type: 'pause', length: { minutes: 120 } });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ابدأ المؤقّت: كمّادة باردة، 15 دقيقة' }));
    });
    expect(screen.getByRole('button', { name: 'ابدأ على أي حال' })).toBeTruthy();
    expect(
      screen.getByText(/^اترك ساعتين على الأقل من بدء الكمّادة الباردة إلى بدء التالية: .*هل تريد/),
    ).toBeTruthy();
  });
});
