// Widget settings from the script tag, language choice and tool activity labels.
import { describe, expect, it } from 'vitest';
import { activityLabel } from '../../widget/activity';
import { readConfig } from '../../widget/config';
import { STRINGS, pickLang } from '../../widget/i18n';

describe('readConfig', () => {
  it('talks to the origin widget.js came from unless data-api says otherwise', () => {
    const c = readConfig(
      { key: 'pk_1' },
      'https://assist.example.com/widget.js',
      'en',
      'https://shop.example/p',
    );
    expect(c).toMatchObject({
      key: 'pk_1',
      api: 'https://assist.example.com',
      theme: 'auto',
      position: 'right',
      open: false,
    });
    const d = readConfig(
      {
        api: 'https://api.example.com/base/',
        theme: 'dark',
        color: '#e11d48',
        position: 'left',
        open: '',
      },
      'https://cdn.example/widget.js',
      undefined,
      'https://shop.example/',
    );
    expect(d).toMatchObject({
      api: 'https://api.example.com/base',
      theme: 'dark',
      color: '#e11d48',
      position: 'left',
      open: true,
    });
  });

  it('follows the page language, overridable by data-lang', () => {
    expect(pickLang(undefined, 'zh-CN')).toBe('zh');
    expect(pickLang(undefined, 'zh-Hant-TW')).toBe('zh');
    expect(pickLang('en', 'zh-CN')).toBe('en');
    expect(pickLang('zh', 'de')).toBe('zh');
    expect(pickLang(undefined, '')).toBe('en');
  });
});

describe('activityLabel', () => {
  it('names what a tool is doing, with the markets it checks', () => {
    expect(activityLabel('compliance_lookup', { markets: ['eu', 'DE'] }, STRINGS.en)).toBe(
      'Checking EU/DE rules',
    );
    expect(activityLabel('compliance_lookup', { question: 'x' }, STRINGS.en)).toBe(
      'Checking the rules',
    );
    expect(activityLabel('inventory_status', {}, STRINGS.en)).toBe('Reading inventory');
    expect(activityLabel('stockout_risk', {}, STRINGS.zh)).toBe('正在检查断货风险');
    expect(activityLabel('some_new_tool', {}, STRINGS.en)).toBe('Using some new tool');
  });
});
