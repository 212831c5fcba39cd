import axe from 'axe-core';
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useLocale } from '../../helpers/i18n';
import { renderPopup, sittingFor } from './render-popup';

const tab = (name: string) => screen.getByRole('tab', { name });
const panel = (name: string) => screen.getByRole('tabpanel', { name });

/** true when `a` comes before `b` in the document. */
const before = (a: Node, b: Node) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

async function openLearnMore(tipsTab: string, summary: string) {
  await act(() => {
    fireEvent.click(tab(tipsTab));
  });
  const learn = screen.getByText(summary).closest('details');
  if (!learn) throw new Error('no Learn more');
  await act(() => {
    learn.open = true;
    fireEvent(learn, new Event('toggle'));
  });
  return learn;
}

describe('popup: when to get help, general guidance, not medical advice', () => {
  it('"When to get help" is above the relief steps, labelled as general guidance', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const relief = panel('My back hurts');
    const block = within(relief).getByRole('region', { name: 'When to get help' });
    const steps = relief.querySelector('ol.steps');
    if (!steps) throw new Error('no steps');
    expect(before(block, steps)).toBe(true);
    const inBlock = within(block);
    expect(
      inBlock.getByText('General guidance, not from the article our steps and tips come from.'),
    ).toBeTruthy();
    expect(
      inBlock.getByText(
        'Get urgent medical help if back pain follows a fall or an accident, or comes with:',
      ),
    ).toBeTruthy();
    const [urgent, doctor] = inBlock.getAllByRole('list');
    expect(
      within(urgent!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'loss of bladder or bowel control, or trouble passing urine',
      'numbness around the genitals, buttocks or inner thighs',
      'new weakness or numbness in one or both legs',
      'fever',
      'chest pain',
    ]);
    expect(
      within(doctor!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'is severe',
      'does not ease after a few days',
      'keeps getting worse',
      'keeps coming back',
    ]);
    expect(urgent!.getAttribute('aria-labelledby')).toBeTruthy();
  });

  it('tags each note of general guidance in the steps, and only those', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const relief = panel('My back hurts');
    const rest = within(relief).getByText(/Long bed rest is not advised/);
    expect(rest.textContent).toMatch(/General guidance$/);
    const skin = within(relief).getByText(/never put it straight on bare skin/);
    expect(skin.textContent).toMatch(/^Caution: .*General guidance$/);
    const hot = within(relief).getByText(/^Never use hot water: it can/);
    expect(hot.textContent).not.toMatch(/General guidance/);
    const towel = within(relief).getByText(/^Never use hot water for the towel either/);
    expect(towel.textContent).toMatch(/^Caution: /);
    const sign = within(relief).getByText('Frequent back spasms can point to a nerve problem.');
    expect(sign.textContent).not.toMatch(/General guidance/);
    const doctor = within(relief).getByText(/See a doctor about tingling or numbness/);
    expect(doctor.textContent).toMatch(/General guidance$/);
  });

  it('Prevention says "not medical advice"; Learn more does too, with the help block', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const learn = await openLearnMore('Prevention', 'Learn more about back cramps');
    const tips = panel('Prevention');
    const notes = within(tips).getAllByText('General information, not medical advice.');
    expect(notes).toHaveLength(2);
    expect(before(notes[0]!, tips.querySelector('.tip-today')!)).toBe(true);
    expect(learn.contains(notes[1]!)).toBe(true);
    const block = within(learn).getByRole('region', { name: 'When to get help' });
    expect(within(block).getByText(/^General guidance, not from the article/)).toBeTruthy();
  });

  it('Learn more: the nerve point and the doctor advice sit next to tingling and numbness', async () => {
    await renderPopup({ tracker: sittingFor(5) });
    const learn = await openLearnMore('Prevention', 'Learn more about back cramps');
    const tingling = within(learn).getByText('Tingling and numbness').closest('li');
    if (!tingling) throw new Error('no tingling item');
    const item = within(tingling);
    expect(item.getByText('Frequent back spasms can point to a nerve problem.')).toBeTruthy();
    expect(
      item.getByText(/^See a doctor about tingling or numbness that does not go away\./),
    ).toBeTruthy();
    const medicines = within(learn).getByText('Some medicines').closest('li');
    expect(
      within(medicines!).getByText(/^Do not stop or change a prescribed medicine/).textContent,
    ).toMatch(/General guidance$/);
  });

  it('in Arabic: the block, its label and the tags are Arabic', async () => {
    await useLocale('ar');
    await renderPopup({ tracker: sittingFor(5) });
    const relief = panel('ظهري يؤلمني');
    const block = within(relief).getByRole('region', { name: 'متى تطلب المساعدة الطبية' });
    expect(
      within(block).getByText('إرشادات عامة، ليست من المقال الذي أُخذت منه خطواتنا ونصائحنا.'),
    ).toBeTruthy();
    expect(within(block).getByText('حمّى')).toBeTruthy();
    expect(within(relief).getByText(/لا يُنصح بملازمة الفراش طويلًا/).textContent).toMatch(
      /إرشاد عام$/,
    );
    const learn = await openLearnMore('الوقاية', 'اعرف المزيد عن تشنّج الظهر');
    expect(within(learn).getByText('معلومات عامة، وليست استشارة طبية.')).toBeTruthy();
    expect(within(learn).getByRole('region', { name: 'متى تطلب المساعدة الطبية' })).toBeTruthy();
  });

  it('has no axe violations on either tab', async () => {
    const { store } = await renderPopup({ tracker: sittingFor(5) });
    expect(store).toBeTruthy();
    const rules = { rules: { 'color-contrast': { enabled: false } } };
    expect((await axe.run(panel('My back hurts'), rules)).violations.map((v) => v.id)).toEqual([]);
    const learn = await openLearnMore('Prevention', 'Learn more about back cramps');
    expect(learn.open).toBe(true);
    expect((await axe.run(panel('Prevention'), rules)).violations.map((v) => v.id)).toEqual([]);
  });
});
