// Countries the product knows by name but holds no market data for, so tools can say "not covered" plainly
// instead of answering with another country's rules; EU members among them still get EU-wide rules.
import { escapeRegExp } from '../regexp';
import { MARKETS } from './markets';

export interface OtherCountry {
  name: string;
  /** Lower-case English names and Chinese names (simplified and traditional). */
  aliases: string[];
  euMember: boolean;
}

const c = (name: string, aliases: string[], euMember = false): OtherCountry => ({
  name,
  aliases: [name.toLowerCase(), ...aliases],
  euMember,
});

export const OTHER_COUNTRIES: OtherCountry[] = [
  c('Iceland', ['冰岛', '冰島']),
  c('Norway', ['norwegian', '挪威']),
  c('Switzerland', ['swiss', '瑞士']),
  c('Turkey', ['türkiye', 'turkiye', '土耳其']),
  c('Russia', ['russian federation', '俄罗斯', '俄羅斯']),
  c('Ukraine', ['乌克兰', '烏克蘭']),
  c('Israel', ['以色列']),
  c('Egypt', ['埃及']),
  c('South Africa', ['南非']),
  c('Nigeria', ['尼日利亚', '奈及利亞']),
  c('Kenya', ['肯尼亚', '肯亞']),
  c('India', ['印度']),
  c('Pakistan', ['巴基斯坦']),
  c('Bangladesh', ['孟加拉']),
  c('Argentina', ['阿根廷']),
  c('Colombia', ['哥伦比亚', '哥倫比亞']),
  c('Peru', ['秘鲁', '秘魯']),
  c('Qatar', ['卡塔尔', '卡達']),
  c('Kuwait', ['科威特']),
  c('Austria', ['奥地利', '奧地利'], true),
  c('Belgium', ['比利时', '比利時'], true),
  c('Ireland', ['爱尔兰', '愛爾蘭'], true),
  c('Portugal', ['葡萄牙'], true),
  c('Sweden', ['瑞典'], true),
  c('Denmark', ['丹麦', '丹麥'], true),
  c('Finland', ['芬兰', '芬蘭'], true),
  c('Greece', ['希腊', '希臘'], true),
  c('Czech Republic', ['czechia', '捷克'], true),
  c('Hungary', ['匈牙利'], true),
];

const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

function mentions(lower: string, alias: string): boolean {
  return isCjk(alias)
    ? lower.includes(alias)
    : new RegExp(`(^|[^a-z])${escapeRegExp(alias)}($|[^a-z])`).test(lower);
}

/** The country a market value names ("Norway", "挪威"), when it is one the product has no data for. */
export function otherCountry(value: string): OtherCountry | undefined {
  const text = value.trim().toLowerCase();
  return OTHER_COUNTRIES.find((country) => country.aliases.includes(text));
}

/** Countries without market data that free text mentions, in list order ("印度尼西亚" is Indonesia, not India). */
export function findOtherCountries(text: string): OtherCountry[] {
  let lower = text.toLowerCase();
  for (const alias of MARKETS.flatMap((m) => m.aliases).filter(isCjk))
    lower = lower.replaceAll(alias, ' ');
  return OTHER_COUNTRIES.filter((country) => country.aliases.some((a) => mentions(lower, a)));
}
