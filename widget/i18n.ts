// The widget's interface text in English and Chinese, and how the language is chosen.
export type Lang = 'en' | 'zh';

const en = {
  open: 'Open the tradepilot assistant',
  close: 'Close the assistant',
  title: 'tradepilot assistant',
  subtitle: 'Compliance · localization · ads · inventory',
  placeholder: 'Ask a question…',
  inputLabel: 'Your question',
  send: 'Send',
  stop: 'Stop',
  retry: 'Retry',
  newChat: 'Start a new conversation',
  you: 'You',
  assistant: 'Assistant',
  thinking: 'Working on it…',
  answered: 'Answer complete.',
  stopped: 'Stopped. Ask again or retry.',
  sources: 'Sources',
  details: 'Details',
  noLlm: 'No AI model: answers come from templates',
  disclaimer: 'Check the sources before acting. Not legal advice.',
  welcome:
    'Hi! Ask me which rules apply to a product in a market, how to localize a listing, what ad copy a platform allows, or which SKUs run out before the next shipment.',
  errorNetwork: 'Could not reach the assistant. Check your connection, then retry.',
  errorForbidden: 'This website is not allowed to use this assistant (check the widget key).',
  errorRateLimited: 'Too many questions at once. Wait {s} s, then retry.',
  errorInterrupted: 'The answer was cut off. Retry to ask again.',
  errorServer: 'The assistant had a problem: {m}',
  historyFailed: 'Could not load the earlier conversation.',
  toolRunning: '{label}…',
  toolFailed: '{label}: failed',
  ruleCheck: 'Checking {markets} rules',
  ruleCheckAny: 'Checking the rules',
  checklist: 'Building the compliance checklist',
  inventory: 'Reading inventory',
  stockout: 'Checking stockout risk',
  reorder: 'Planning reorders',
  transfers: 'Looking for stock to transfer',
  slow: 'Finding slow movers',
  localize: 'Localizing the listing',
  adCopy: 'Writing ad copy',
  tool: 'Using {name}',
};

export type Strings = typeof en;

const zh: Strings = {
  open: '打开 tradepilot 助手',
  close: '关闭助手',
  title: 'tradepilot 助手',
  subtitle: '合规 · 本地化 · 广告 · 库存',
  placeholder: '输入你的问题…',
  inputLabel: '你的问题',
  send: '发送',
  stop: '停止',
  retry: '重试',
  newChat: '开始新对话',
  you: '你',
  assistant: '助手',
  thinking: '正在处理…',
  answered: '回答完毕。',
  stopped: '已停止。可以重新提问或重试。',
  sources: '来源',
  details: '详情',
  noLlm: '未配置 AI 模型：回答来自模板',
  disclaimer: '行动前请核对来源。不构成法律意见。',
  welcome:
    '你好！可以问我某个产品在某个市场适用哪些法规、如何本地化商品页、各平台允许什么广告文案，或哪些 SKU 会在下一批货到之前断货。',
  errorNetwork: '无法连接助手。请检查网络后重试。',
  errorForbidden: '此网站无权使用该助手（请检查小组件密钥）。',
  errorRateLimited: '提问过于频繁。请等待 {s} 秒后重试。',
  errorInterrupted: '回答中断了。请重试。',
  errorServer: '助手出现问题：{m}',
  historyFailed: '无法加载之前的对话。',
  toolRunning: '{label}…',
  toolFailed: '{label}：失败',
  ruleCheck: '正在查询 {markets} 法规',
  ruleCheckAny: '正在查询法规',
  checklist: '正在生成合规清单',
  inventory: '正在读取库存',
  stockout: '正在检查断货风险',
  reorder: '正在计算补货计划',
  transfers: '正在查找可调拨的库存',
  slow: '正在查找滞销品',
  localize: '正在本地化商品页',
  adCopy: '正在撰写广告文案',
  tool: '正在使用 {name}',
};

export const STRINGS: Record<Lang, Strings> = { en, zh };

/** data-lang wins; otherwise the page's lang attribute; Chinese for any zh-*, English for everything else. */
export function pickLang(dataLang: string | undefined, pageLang: string | undefined): Lang {
  const chosen = (dataLang || pageLang || '').trim().toLowerCase();
  return chosen.startsWith('zh') ? 'zh' : 'en';
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in values ? String(values[name]) : m,
  );
}
