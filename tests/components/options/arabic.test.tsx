import axe from 'axe-core';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../helpers/i18n';
import { descriptionOf, renderOptions, status, typeAndCommit } from './render-options';

describe('options page in Arabic', () => {
  beforeEach(async () => {
    await useLocale('ar');
  });

  it('labels, sections and presets are in Arabic', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('إعدادات استراحة القوام');
    expect(screen.getByLabelText('المدة بين استراحات الحركة (بالدقائق)')).toHaveProperty(
      'value',
      '50',
    );
    expect(screen.getByRole('button', { name: 'استخدم «هادئ»' })).toBeTruthy();
    expect(
      screen.getByRole('switch', { name: 'افتح نافذة الاستراحة بدلًا من الإشعار' }),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'ساعات النشاط' })).toBeTruthy();
  });

  it('messages are in Arabic, next to the field', async () => {
    const { backend } = await renderOptions();
    const field = screen.getByLabelText('مدة استراحة الحركة (بالدقائق)');
    typeAndCommit(field, '99');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(field)).toContain('أدخل عددًا صحيحًا من 1 إلى 60.');
    expect(status()?.textContent).toBe('لم تُحفظ التغييرات بعد: صحّح الحقول التي تظهر فيها رسالة.');
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('weekdays are named in Arabic and the week starts on Saturday', async () => {
    await renderOptions({ settings: { activeHoursEnabled: true } });
    const days = screen.getByRole('group', { name: 'أيام النشاط وساعاته' });
    const names = within(days)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(names[0]).toBe('السبت');
    expect(names).toContain('الاثنين');
    expect(screen.getByLabelText('الاثنين إلى')).toHaveProperty('value', '17:00');
  });

  it('saving and import outcomes are in Arabic', async () => {
    const { backend } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'استخدم «متقارب»' }));
    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalled());
    expect(status()?.textContent).toBe('طُبّق الإعداد الجاهز: متقارب. حُفظت كل التغييرات.');

    const input = screen.getByLabelText('استورد الإعدادات من ملف');
    fireEvent.change(input, { target: { files: [new File(['{'], 'x.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('لم يُستورد هذا الملف، ولم يتغير شيء:');
  });

  it('has no axe violations', async () => {
    const { container } = await renderOptions({ settings: { activeHoursEnabled: true } });
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
