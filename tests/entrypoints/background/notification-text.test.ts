/**
 * What the health notifications say, in both languages: the cold compress's
 * end gives the two-hour rule in the popup's words, and a position nudge
 * carries a tip that fits a nudge.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showNotification } from '@/entrypoints/background/notifications';
import { TIPS, nextTipId } from '@/utils/content/tips';
import { defaultSettings } from '@/utils/settings-core';
import { useLocale } from '../../helpers/i18n';

const message = async (id: string) => (await fakeBrowser.notifications.getAll())[id]?.message;
const nextColdAt = new Date(2026, 10, 25, 15, 30).getTime();

describe('health notifications', () => {
  it('cold compress ended: take it off, and the start-to-start rule', async () => {
    await showNotification(
      { type: 'notify', kind: 'relief', timer: 'cold', nextColdAt },
      defaultSettings(),
    );
    expect(await message('relief')).toMatch(
      /^Time is up: you can take the cold compress off now\. Do not start the next cold compress before .+: leave at least two hours from the start of one to the start of the next\.$/,
    );
  });

  it('in Arabic too, with the verb agreeing with the compress', async () => {
    await useLocale('ar');
    await showNotification(
      { type: 'notify', kind: 'relief', timer: 'cold', nextColdAt },
      defaultSettings(),
    );
    expect(await message('relief')).toMatch(
      /لا تبدأ الكمّادة الباردة التالية قبل .+: اترك ساعتين على الأقل من بدء الكمّادة إلى بدء التالية\.$/,
    );
  });

  it('a position nudge carries a tip that fits it, never the fruit tip', async () => {
    const seen = new Set<string>();
    let tipId = nextTipId(undefined);
    for (let i = 0; i < TIPS.length; i++) {
      await showNotification({ type: 'notify', kind: 'nudge', dueAt: 0, tipId }, defaultSettings());
      seen.add((await message('nudge')) ?? '');
      tipId = nextTipId(tipId);
    }
    const texts = [...seen].join('\n');
    expect(texts).toMatch(/Tip: Change position/);
    expect(texts).toMatch(/Tip: Mind the air conditioner/);
    expect(texts).not.toMatch(/fruit/i);
  });
});
