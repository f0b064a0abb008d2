// Detects the language a user wrote in (English, simplified or traditional Chinese) to pick answer templates.
import type { AnswerLang } from './answer';
export type Lang = AnswerLang;

// Common characters that differ between the two scripts (traditional first, simplified second).
const TRADITIONAL =
  '們這麼說為國體與對時會來過還後種樣麼嗎開關門問題認證標籤稅務貨單區歐電車東買賣價額運輸庫滯銷補調撥範圍將應當資訊網廣告實際產品規證書類藍機燈寶嬰兒鋰妝膚裝';
const SIMPLIFIED =
  '们这么说为国体与对时会来过还后种样么吗开关门问题认证标签税务货单区欧电车东买卖价额运输库滞销补调拨范围将应当资讯网广告实际产品规证书类蓝机灯宝婴儿锂妆肤装';

export function detectLanguage(text: string): Lang {
  const cjk = text.match(/[\u3400-\u9fff]/g);
  if (!cjk) return 'en';
  let trad = 0;
  let simp = 0;
  for (const ch of cjk) {
    if (TRADITIONAL.includes(ch) && !SIMPLIFIED.includes(ch)) trad++;
    else if (SIMPLIFIED.includes(ch) && !TRADITIONAL.includes(ch)) simp++;
  }
  return trad > simp ? 'zh-Hant' : 'zh-Hans';
}
