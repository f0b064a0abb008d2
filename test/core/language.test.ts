// The answer language detected from a seller's message: English, Simplified or Traditional Chinese.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/language';

/** The same seller messages written in Traditional (Taiwan/Hong Kong) and in Simplified characters. */
const MESSAGES: Array<[traditional: string, simplified: string]> = [
  ['寵物用品在台灣要什麼認證', '宠物用品在台湾要什么认证'],
  ['寵物用品', '宠物用品'],
  ['請幫我寫三則廣告', '请帮我写三条广告'],
  ['這批貨什麼時候到', '这批货什么时候到'],
  ['我想在歐盟賣兒童玩具', '我想在欧盟卖儿童玩具'],
  ['飾品和手錶的關稅多少', '饰品和手表的关税多少'],
  ['鞋子和襪子要怎麼標示成分', '鞋子和袜子要怎么标示成分'],
  ['鞋子和襪子的尺寸', '鞋子和袜子的尺寸'],
  ['飾品和手錶', '饰品和手表'],
  ['不鏽鋼鍋和保溫壺可以寄到日本嗎', '不锈钢锅和保温壶可以寄到日本吗'],
  ['不鏽鋼鍋和保溫壺', '不锈钢锅和保温壶'],
  ['檯燈和化妝鏡的庫存還剩多少', '台灯和化妆镜的库存还剩多少'],
  ['幫我查一下上個月的銷量', '帮我查一下上个月的销量'],
  ['香港客人問退貨運費誰付', '香港客人问退货运费谁付'],
  ['頭髮造型器在美國需要認證嗎', '头发造型器在美国需要认证吗'],
];

describe('detectLanguage', () => {
  it.each(MESSAGES)('answers %s in Traditional and %s in Simplified', (traditional, simplified) => {
    expect(detectLanguage(traditional)).toBe('zh-Hant');
    expect(detectLanguage(simplified)).toBe('zh-Hans');
  });

  it('reads the Chinese of messages mixed with English and SKU codes', () => {
    expect(detectLanguage('SKU PET-001 的寵物碗還有貨嗎？')).toBe('zh-Hant');
    expect(detectLanguage('SKU PET-001 的宠物碗还有货吗？')).toBe('zh-Hans');
    expect(detectLanguage('Amazon 上的 LED 燈要 CE 嗎')).toBe('zh-Hant');
    expect(detectLanguage('Amazon 上的 LED 灯要 CE 吗')).toBe('zh-Hans');
    expect(detectLanguage('restock SKU-123 for the EU, 50 units')).toBe('en');
  });

  it('keeps Simplified for characters written alike in both scripts', () => {
    expect(detectLanguage('台 后 里')).toBe('zh-Hans');
    expect(detectLanguage('台中后里的面干')).toBe('zh-Hans');
    expect(detectLanguage('我想在日本卖')).toBe('zh-Hans');
    expect(detectLanguage('我想在日本')).toBe('zh-Hans');
  });

  it('lets the Traditional characters win over shared ones a Taiwan seller uses', () => {
    expect(detectLanguage('台中的皇后鎮離這裡幾公里')).toBe('zh-Hant');
    expect(detectLanguage('台湾以后的面条')).toBe('zh-Hans');
  });

  it('counts everyday characters OpenCC also lists in a rare word of the other script', () => {
    expect(detectLanguage('要什麼')).toBe('zh-Hant');
    expect(detectLanguage('位於台北')).toBe('zh-Hant');
    expect(detectLanguage('要什么')).toBe('zh-Hans');
    expect(detectLanguage('一万件')).toBe('zh-Hans');
  });
});
