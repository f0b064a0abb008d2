// The demo page at `/`: what the assistant does, example questions (English and Chinese) that a click asks, and the widget.
import { html, raw } from 'hono/html';

export type DemoLang = 'en' | 'zh';

interface Capability {
  title: Record<DemoLang, string>;
  text: Record<DemoLang, string>;
  examples: Record<DemoLang, string[]>;
}

const CAPABILITIES: Capability[] = [
  {
    title: { en: 'Compliance', zh: '合规' },
    text: {
      en: 'Which rules apply to a product in a market (VAT/IOSS, GPSR, CE/FCC/CPC, EPR, de minimis), each with its source, date and status.',
      zh: '某个产品在某个市场适用哪些规则（VAT/IOSS、GPSR、CE/FCC/CPC、EPR、小额豁免），每条都附来源、日期和状态。',
    },
    examples: {
      en: [
        'What certification do toys need in the EU?',
        'What do I need to sell Bluetooth earbuds in Germany?',
      ],
      zh: ['玩具出口欧盟需要什么认证？', '在美国卖锂电池产品有什么要求？'],
    },
  },
  {
    title: { en: 'Listing localization', zh: '商品本地化' },
    text: {
      en: 'Units, currency, character limits and required notices for each marketplace, computed exactly.',
      zh: '按各平台精确换算单位和币种，检查字数限制，补充必需的提示语。',
    },
    examples: {
      en: ['Localize my listing "Insulated water bottle, 750 ml, 24.99 USD" for Amazon Japan'],
      zh: ['把商品"保温水杯 750 毫升 24.99 美元"本地化到日本亚马逊'],
    },
  },
  {
    title: { en: 'Ad copy', zh: '广告文案' },
    text: {
      en: 'Headlines and descriptions within each platform’s limits, checked for banned claims.',
      zh: '符合各平台字数限制的标题和描述，并检查违禁宣传用语。',
    },
    examples: {
      en: ['Write Google search ads for waterproof trail running shoes in the US'],
      zh: ['帮我写美国市场防水越野跑鞋的谷歌搜索广告'],
    },
  },
  {
    title: { en: 'Inventory', zh: '库存' },
    text: {
      en: 'Stock across FBA, overseas and home warehouses: stockout risk, reorder quantities, transfers and slow movers.',
      zh: '覆盖 FBA、海外仓和国内仓：断货风险、补货数量、调拨建议和滞销品。',
    },
    examples: {
      en: ['Which SKUs will run out in Germany?', 'Show slow movers in Japan'],
      zh: ['德国哪些SKU会断货？', '美国仓需要补货多少？'],
    },
  },
];

/** Every example question of the demo page, in page order (tests send each one through the chat). */
export const DEMO_EXAMPLES: Array<{ capability: string; lang: DemoLang; message: string }> =
  CAPABILITIES.flatMap((c) =>
    (['en', 'zh'] as const).flatMap((lang) =>
      c.examples[lang].map((message) => ({ capability: c.title.en, lang, message })),
    ),
  );

const TEXT = {
  title: {
    en: 'tradepilot: an operations assistant for cross-border sellers',
    zh: 'tradepilot：跨境电商运营助手',
  },
  lead: {
    en: 'Ask about compliance, listings, ads and stock in plain language, in English or Chinese. Try an example below or open the chat in the corner.',
    zh: '用中文或英文直接提问合规、商品页、广告和库存问题。点击下面的示例，或打开右下角的对话窗口。',
  },
  noKey: {
    en: 'Chat is off on this page: this server has keys, and no publishable key lists this page’s origin. Add it to TRADEPILOT_PUBLIC_KEYS (key=origin).',
    zh: '本页对话已关闭：服务器已配置密钥，但没有任何公开密钥包含本页的域名。请在 TRADEPILOT_PUBLIC_KEYS 中加入（key=域名）。',
  },
  noLlm: {
    en: 'This server runs without a language model: a rule-based router picks one tool and shows its results as they are. Set OPENAI_API_KEY for free-form answers.',
    zh: '本服务器未配置语言模型：由规则路由器选择一个工具并原样展示结果。设置 OPENAI_API_KEY 可获得自由对话式回答。',
  },
  examplesEn: { en: 'Examples in English', zh: '英文示例' },
  examplesZh: { en: 'Examples in Chinese', zh: '中文示例' },
  embedTitle: { en: 'Add the assistant to your site', zh: '把助手加到你的网站' },
  embedText: {
    en: 'One script tag adds the chat button. The key is a publishable widget key bound to your site’s origin (TRADEPILOT_PUBLIC_KEYS).',
    zh: '一个 script 标签即可加入对话按钮。key 是绑定到你网站域名的公开小组件密钥（TRADEPILOT_PUBLIC_KEYS）。',
  },
  other: { en: '中文', zh: 'English' },
  health: { en: 'Server health', zh: '服务器状态' },
  disclaimer: {
    en: 'General information with sources, not legal advice.',
    zh: '附来源的一般信息，不构成法律意见。',
  },
};

const PAGE_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#f6f8fa}
header,main,footer{max-width:1040px;margin:0 auto;padding:0 20px}
header{display:flex;justify-content:space-between;align-items:center;padding-top:20px}
.brand{font-weight:700;font-size:20px;letter-spacing:-.01em}.brand span{color:#2563eb}
h1{font-size:clamp(26px,4vw,38px);line-height:1.2;margin:36px 0 12px;max-width:760px}
.lead{font-size:18px;color:#424a53;max-width:720px;margin:0 0 12px}
.mode{display:inline-block;background:#fff8c5;border:1px solid #eac54f;border-radius:8px;padding:8px 12px;font-size:14px;max-width:720px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:16px;margin:28px 0}
.card{background:#fff;border:1px solid #d8dee4;border-radius:12px;padding:18px}
.card h2{font-size:18px;margin:0 0 6px}.card p{margin:0 0 12px;color:#424a53;font-size:15px}
.ask{display:block;width:100%;text-align:left;margin:6px 0 0;padding:8px 10px;border:1px solid #c7d2fe;background:#eef2ff;color:#1e3a8a;border-radius:8px;font:inherit;font-size:14px;cursor:pointer}
.ask:hover{background:#e0e7ff}.ask:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.ask-label{font-size:12px;color:#59636e;margin:10px 0 0;text-transform:uppercase;letter-spacing:.04em}
section.embed{background:#fff;border:1px solid #d8dee4;border-radius:12px;padding:18px;margin-bottom:28px}
section.embed h2{font-size:18px;margin:0 0 6px}
pre{background:#1f2328;color:#e6edf3;padding:12px 14px;border-radius:8px;overflow-x:auto;font-size:13px}
footer{color:#59636e;font-size:14px;padding-bottom:100px}a{color:#2563eb}
`;

export interface DemoPageOptions {
  lang: DemoLang;
  /** This server's origin, for the embed snippet. */
  origin: string;
  /** True when no language model is configured (the page says what that means). */
  noLlm: boolean;
  /** The publishable key configured for this page's own origin; null on a public server without one (chat off),
   * undefined in local development (no keys needed). */
  widgetKey?: string | null;
}

export function demoPage({ lang, origin, noLlm, widgetKey }: DemoPageOptions) {
  const other: DemoLang = lang === 'en' ? 'zh' : 'en';
  const snippet = `<script src="${origin}/widget.js" data-key="YOUR_PUBLIC_KEY" async></script>`;
  const askButtons = (questions: string[], questionLang: DemoLang) =>
    questions.map(
      (q) =>
        html`<button
          type="button"
          class="ask"
          lang="${questionLang === 'zh' ? 'zh-CN' : 'en'}"
          data-tradepilot-ask="${q}"
        >
          ${q}
        </button>`,
    );
  return html`<!doctype html>
    <html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${TEXT.title[lang]}</title>
        <style>
          ${raw(PAGE_CSS)}
        </style>
      </head>
      <body>
        <header>
          <div class="brand">trade<span>pilot</span></div>
          <a href="/?lang=${other}" hreflang="${other}">${TEXT.other[lang]}</a>
        </header>
        <main>
          <h1>${TEXT.title[lang]}</h1>
          <p class="lead">${TEXT.lead[lang]}</p>
          ${noLlm ? html`<p class="mode">${TEXT.noLlm[lang]}</p>` : ''}
          ${widgetKey === null ? html`<p class="mode">${TEXT.noKey[lang]}</p>` : ''}
          <div class="grid">
            ${CAPABILITIES.map(
              (c) =>
                html`<article class="card">
                  <h2>${c.title[lang]}</h2>
                  <p>${c.text[lang]}</p>
                  <p class="ask-label">${TEXT.examplesEn[lang]}</p>
                  ${askButtons(c.examples.en, 'en')}
                  <p class="ask-label">${TEXT.examplesZh[lang]}</p>
                  ${askButtons(c.examples.zh, 'zh')}
                </article>`,
            )}
          </div>
          <section class="embed">
            <h2>${TEXT.embedTitle[lang]}</h2>
            <p>${TEXT.embedText[lang]}</p>
            <pre><code>${snippet}</code></pre>
          </section>
        </main>
        <footer>
          <p>${TEXT.disclaimer[lang]} · <a href="/health">${TEXT.health[lang]}</a></p>
        </footer>
        ${
          widgetKey === null
            ? ''
            : widgetKey
              ? html`<script src="/widget.js" data-key="${widgetKey}" async></script>`
              : html`<script src="/widget.js" async></script>`
        }
      </body>
    </html>`;
}
