// Chinese plan and checklist answers show the translated seller actions (knowledge/translations/zh, and zh-Hant for
// Traditional answers), English ones the originals, and a step whose English has no current translation stays English
// with one notice saying so.
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { answerToMarkdown } from '../../../core/answer-markdown';
import type { AnswerLang } from '../../../core/answer';
import { toolAnswer } from '../../../tools/define-tool';
import {
  compliancePlan,
  type CompliancePlanOutput,
} from '../../../tools/compliance/compliance-plan';
import { complianceChecklist } from '../../../tools/compliance/compliance-checklist';
import { invokeTool } from '../../../tools/invoke';
import { useToolHarness } from '../../helpers/tool-harness';

const h = useToolHarness('compliance_plan', '2026-11-30T09:00:00Z');

const EN71_EN =
  'Test each toy to the relevant EN 71 parts and keep the reports in your technical file.';
const EN71_ZH = '按相关的 EN 71 部分测试每款玩具，并将报告存入技术文件。';
const EN71_HANT = '按相關的 EN 71 部分測試每款玩具，並將報告存入技術文件。';
const ENGLISH_NOTICE = '部分步骤暂无中文译文，按英文原文显示。';

/** The lines of `text` that OpenCC would still change into Traditional characters (Simplified left in them). */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const simplifiedLines = (text: string) =>
  text.split('\n').filter((line) => toTraditional(line) !== line);

const planText = (out: CompliancePlanOutput, lang: AnswerLang) =>
  answerToMarkdown(toolAnswer(compliancePlan, out, lang));

describe('seller actions in Chinese answers', () => {
  it('shows the Chinese step in the zh plan for toys in the EU and the English one in the en plan', async () => {
    const zh: CompliancePlanOutput = await h.call({ product: '儿童玩具', markets: ['欧盟'] });
    const en: CompliancePlanOutput = await h.call({ product: "children's toys", markets: ['EU'] });
    expect(zh.steps.find((s) => s.document_id === 'eu-toy-safety-directive-en71')?.action).toBe(
      EN71_EN,
    );
    const zhText = planText(zh, 'zh-Hans');
    expect(zhText).toContain(EN71_ZH);
    expect(zhText).not.toContain(EN71_EN);
    // Every EU document is translated: no English step and no notice about one.
    expect(zhText).not.toContain(ENGLISH_NOTICE);
    expect(zhText).not.toMatch(/every seller|toy:|in force/);
    expect(zhText).toMatch(/玩具 · 已生效/);
    expect(zhText).toMatch(/欧盟所有卖家 · 已生效/);
    expect(zhText).toMatch(/\(EU, 已生效, 核对日期/);
    const enText = planText(en, 'en');
    expect(enText).toContain(EN71_EN);
    expect(enText).not.toContain(EN71_ZH);
    expect(enText).toMatch(/toy: toy · in force/);
    expect(enText).toMatch(/\(EU, in force, as of/);
  });

  it('shows Traditional steps in the zh-Hant plan and keeps the zh-Hans plan Simplified', async () => {
    const hant: CompliancePlanOutput = await h.call({ product: '兒童玩具', markets: ['歐盟'] });
    expect(hant.language).toBe('zh-Hant');
    const hantText = planText(hant, 'zh-Hant');
    expect(hantText).toContain(EN71_HANT);
    expect(hantText).not.toContain(EN71_ZH);
    expect(hantText).not.toContain(EN71_EN);
    expect(simplifiedLines(hantText)).toEqual([]);
    const hansText = planText(hant, 'zh-Hans');
    expect(hansText).toContain(EN71_ZH);
    expect(hansText).not.toContain(EN71_HANT);
  });

  it('keeps a step whose English changed (no current translation) in English and says so once', async () => {
    const zh: CompliancePlanOutput = await h.call({ product: '儿童玩具', markets: ['EU'] });
    const changed = 'Test each toy to EN 71-1, -2 and -3 and keep the reports for 10 years.';
    const other = 'Print the EU operator on every parcel.';
    const steps = zh.steps.map((s) =>
      s.document_id === 'eu-toy-safety-directive-en71'
        ? { ...s, action: changed }
        : s.document_id === 'eu-msr-responsible-person-harmonised'
          ? { ...s, action: other }
          : s,
    );
    const text = planText({ ...zh, steps }, 'zh-Hans');
    expect(text).toContain(changed);
    expect(text).toContain(other);
    expect(text).not.toContain(EN71_ZH);
    expect(text.split(ENGLISH_NOTICE)).toHaveLength(2);
  });

  it('shows the Chinese first action in the zh checklist, with the market and category in Chinese', async () => {
    const result = await invokeTool(
      h.deps.registry,
      h.deps,
      'compliance_checklist',
      { markets: ['EU'], category: 'toys' },
      { surface: 'cli' },
    );
    if (!result.ok) throw new Error(result.error.message);
    const zh = answerToMarkdown(toolAnswer(complianceChecklist, result.output, 'zh-Hans'));
    expect(zh).toMatch(/^在欧盟销售玩具类产品，共有 \d+ 个主题下的 \d+ 项义务。/);
    expect(zh).toContain('梳理每个销售渠道：哪些平台对你的销售作为视同供应商');
    expect(zh).not.toContain('Map each sales channel');
    expect(zh).not.toContain(ENGLISH_NOTICE);
    const en = answerToMarkdown(toolAnswer(complianceChecklist, result.output, 'en'));
    expect(en).toContain('Map each sales channel');
    expect(en).toMatch(/^\d+ obligations in \d+ topics apply to toys sold in EU\./);
  });

  it('names the market and category in Traditional characters in the zh-Hant checklist', async () => {
    const result = await invokeTool(
      h.deps.registry,
      h.deps,
      'compliance_checklist',
      { markets: ['ID'], category: 'pet-supplies' },
      { surface: 'cli' },
    );
    if (!result.ok) throw new Error(result.error.message);
    const hant = answerToMarkdown(toolAnswer(complianceChecklist, result.output, 'zh-Hant'));
    expect(hant).toMatch(/^在印度尼西亞銷售寵物類產品，共有 \d+ 個主題下的 \d+ 項義務。/);
    const hans = answerToMarkdown(toolAnswer(complianceChecklist, result.output, 'zh-Hans'));
    expect(hans).toMatch(/^在印尼销售宠物类产品，共有 \d+ 个主题下的 \d+ 项义务。/);
  });
});
