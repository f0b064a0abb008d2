// landed_cost as an answer: the totals, a table of duty, tax and fee components with who collects each and its
// source, the rules and assumptions applied, and what is missing to be exact.
import type { AnswerLang, Block, CitationSource, TableRow } from '../../core/answer';
import { fill, type Texts } from '../shared/answer-text';
import { knowledgeSources } from '../shared/citation-sources';
import type { Citation } from '../shared/citations';
import { translateNote } from './note-texts';
import { TAX_RULES } from './tax-rules';

interface Output {
  destination: string;
  currency: string;
  date: string;
  goods_value: number;
  components: Array<{
    kind: string;
    amount: number;
    currency: string;
    rate: number | null;
    base: number | null;
    collected_by: string;
    document_id: string | null;
    citation: { title: string; url: string | null };
  }>;
  total_taxes_and_duties: number;
  landed_total: number;
  notes: string[];
  needs: Array<{ field: string; message: string; url: string | null }>;
  citations: Citation[];
}

const T = {
  summary: {
    en: 'Goods worth {goods} {currency} to {destination} on {date}: taxes and duties {taxes} {currency}, landed total {landed} {currency}.',
    'zh-Hans':
      '货值 {goods} {currency}，寄往 {destination}（{date}）：税费合计 {taxes} {currency}，到岸总成本 {landed} {currency}。',
    'zh-Hant':
      '貨值 {goods} {currency}，寄往 {destination}（{date}）：稅費合計 {taxes} {currency}，到岸總成本 {landed} {currency}。',
  },
  none: {
    en: 'No duty, tax or fee applies to this parcel under the rules below.',
    'zh-Hans': '按以下规则，这个包裹不产生关税、税款或费用。',
    'zh-Hant': '按以下規則，這個包裹不產生關稅、稅款或費用。',
  },
  noneYet: {
    en: 'Nothing is charged yet: what is missing below is needed before the total is complete.',
    'zh-Hans': '目前尚未计入任何税费：需先补齐下方"还缺"的信息，合计才完整。',
    'zh-Hant': '目前尚未計入任何稅費：需先補齊下方「還缺」的資訊，合計才完整。',
  },
  charge: { en: 'Charge', 'zh-Hans': '项目', 'zh-Hant': '項目' },
  amount: { en: 'Amount', 'zh-Hans': '金额', 'zh-Hant': '金額' },
  rate: { en: 'Rate', 'zh-Hans': '税率', 'zh-Hant': '稅率' },
  base: { en: 'Base', 'zh-Hans': '计税基础', 'zh-Hant': '計稅基礎' },
  collected: { en: 'Collected by', 'zh-Hans': '由谁收取', 'zh-Hant': '由誰收取' },
  rules: { en: 'Rules applied', 'zh-Hans': '适用规则', 'zh-Hant': '適用規則' },
  needs: {
    en: 'Missing to be exact (not in the totals)',
    'zh-Hans': '还缺以下信息（未计入合计）',
    'zh-Hant': '還缺以下資訊（未計入合計）',
  },
  units: {
    en: '{n} × {unit} {rate}',
    'zh-Hans': '{n} × {unit} {rate}',
    'zh-Hant': '{n} × {unit} {rate}',
  },
} satisfies Record<string, Texts>;

const KIND: Record<string, Texts> = {
  duty: { en: 'Customs duty', 'zh-Hans': '关税', 'zh-Hant': '關稅' },
  vat: { en: 'VAT', 'zh-Hans': '增值税', 'zh-Hant': '增值稅' },
  gst: { en: 'GST', 'zh-Hans': '商品及服务税（GST）', 'zh-Hant': '商品及服務稅（GST）' },
  sales_tax: { en: 'Sales tax', 'zh-Hans': '销售税', 'zh-Hant': '銷售稅' },
  fee: { en: 'Fee', 'zh-Hans': '手续费', 'zh-Hant': '手續費' },
};

const COLLECTOR: Record<string, Texts> = {
  seller_at_checkout: {
    en: 'Seller, at checkout',
    'zh-Hans': '卖家在结账时收取',
    'zh-Hant': '賣家在結帳時收取',
  },
  at_import_paid_by_seller: {
    en: 'At import, paid by the seller (DDP)',
    'zh-Hans': '进口时缴纳，卖家承担（DDP）',
    'zh-Hant': '進口時繳納，賣家承擔（DDP）',
  },
  at_import_paid_by_buyer: {
    en: 'At import, paid by the buyer (DAP)',
    'zh-Hans': '进口时缴纳，买家承担（DAP）',
    'zh-Hant': '進口時繳納，買家承擔（DAP）',
  },
};

/** Knowledge documents first, then the tariff pages and seller-given rates of duty components without one. */
export function landedCostSources(out: Output): CitationSource[] {
  const tariff = out.components
    .filter((c) => !c.document_id)
    .map((c) => ({
      document_id: '',
      title: c.citation.title,
      url: c.citation.url,
      market: out.destination,
      as_of: null,
      status: null,
    }));
  return [...knowledgeSources(out.citations), ...tariff];
}

/** The currency of a flat duty or fee (its rate is an amount per unit and its base a count); undefined otherwise. */
const flatUnit = (c: Output['components'][number]) =>
  TAX_RULES.find(
    (r) =>
      r.document_id === c.document_id &&
      r.value === c.rate &&
      (r.kind === 'flat_duty' || r.kind === 'fee'),
  )?.unit;

/** A note without the document ids it names: the answer cites them by number instead. */
function withoutIds(note: string, citations: Citation[]): string {
  return citations.reduce(
    (text, c) =>
      text
        .replace(` (${c.id})`, '')
        .replace(`（${c.id}）`, '')
        .replace(`, ${c.id})`, ')')
        .replace(`，${c.id}）`, '）'),
    note,
  );
}

export function landedCostAnswer(out: Output, lang: AnswerLang): Block[] {
  const money = (n: number) => n.toFixed(2).replace(/\.00$/, '');
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: fill(T.summary, lang, {
        goods: money(out.goods_value),
        currency: out.currency,
        destination: out.destination,
        date: out.date,
        taxes: money(out.total_taxes_and_duties),
        landed: money(out.landed_total),
      }),
    },
  ];
  let tariffPosition = out.citations.length;
  const rows: TableRow[] = out.components.map((c) => {
    const position = c.document_id
      ? out.citations.findIndex((d) => d.id === c.document_id) + 1
      : ++tariffPosition;
    const flat = flatUnit(c);
    return {
      cells: {
        charge: KIND[c.kind][lang],
        amount: c.amount,
        rate: c.rate === null ? null : flat ? `${flat} ${c.rate}` : `${c.rate}%`,
        base:
          c.base === null
            ? null
            : flat
              ? fill(T.units, lang, { n: c.base, unit: flat, rate: c.rate ?? '' })
              : money(c.base),
        collected: COLLECTOR[c.collected_by][lang],
      },
      citations: position > 0 ? [position] : undefined,
    };
  });
  if (rows.length)
    blocks.push({
      type: 'table',
      columns: [
        { key: 'charge', label: T.charge[lang], priority: 1 },
        {
          key: 'amount',
          label: T.amount[lang],
          priority: 1,
          kind: 'money',
          currency: out.currency,
        },
        { key: 'rate', label: T.rate[lang], priority: 2 },
        { key: 'base', label: T.base[lang], priority: 3 },
        { key: 'collected', label: T.collected[lang], priority: 2 },
      ],
      rows,
    });
  else blocks.push({ type: 'paragraph', text: (out.needs.length ? T.noneYet : T.none)[lang] });
  const cite = (note: string) =>
    out.citations.map((c, i) => (note.includes(c.id) ? i + 1 : 0)).filter((n) => n > 0);
  blocks.push(
    { type: 'heading', text: T.rules[lang], level: 3 },
    {
      type: 'list',
      items: out.notes.map((text) => ({
        text: withoutIds(translateNote(text, lang), out.citations),
        citations: cite(text),
      })),
    },
  );
  if (out.needs.length)
    blocks.push(
      { type: 'heading', text: T.needs[lang], level: 3 },
      {
        type: 'list',
        items: out.needs.map((n) => ({
          text: translateNote(n.message, lang),
          ...(n.url ? { detail: n.url } : {}),
        })),
      },
    );
  return blocks;
}
