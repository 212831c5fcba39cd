import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (target: string) =>
  JSON.parse(
    readFileSync(new URL(`../../.output/${target}/manifest.json`, import.meta.url), 'utf8'),
  );

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const manifest = read(target);

  it('is MV3, localized, and asks only for the four permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action.default_title).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    expect([...manifest.permissions].sort()).toEqual([
      'alarms',
      'idle',
      'notifications',
      'storage',
    ]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toBeUndefined();
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
  });
});

describe('browser-specific keys', () => {
  it('Chrome names a minimum version', () => {
    expect(read('chrome-mv3').minimum_chrome_version).toBe('120');
  });
  it('Firefox has a gecko id and declares that no data is collected', () => {
    const gecko = read('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });
});
