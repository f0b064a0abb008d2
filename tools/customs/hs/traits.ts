// Materials and wearers a product description (or the seller's material/use hints) names, in English and Chinese,
// and how each shows in the nomenclature's wording and chapters, so "cotton" favours "of cotton", "leather" "of
// leather" and chapter 42, "silicone" the plastics of chapter 39.
import { escapeRegExp } from '../../../core/regexp';
import { segmentTitle, wordEdges } from './zh-segment';
export interface Trait {
  id: string;
  /** English words, lower case (matched as whole words). */
  en: string[];
  /** Chinese words, simplified and traditional. */
  zh: string[];
  /** How the nomenclature says it (tested on a description with its "other than ..." parts removed). */
  wording: RegExp;
  /** English searched for it when the description is in Chinese. */
  search: string;
  /** Chapters of goods made of it (materials only), favoured when nothing else settles the chapter. */
  chapters?: string[];
  /** A textile fibre: goods "of textile materials" are of it too. */
  fibre?: boolean;
  /** A fibre other than cotton also fits lines "of textile materials (other than cotton)". */
  notCotton?: boolean;
}

export const TRAITS: Trait[] = [
  {
    id: 'cotton',
    en: ['cotton', 'organic cotton'],
    zh: ['棉', '纯棉', '純棉', '全棉'],
    wording: /\bcotton\b/,
    search: 'cotton',
    chapters: ['52', '61', '62', '63'],
    fibre: true,
  },
  {
    id: 'synthetic',
    en: [
      'polyester',
      'nylon',
      'spandex',
      'elastane',
      'lycra',
      'acrylic fibre',
      'synthetic',
      'microfiber',
      'microfibre',
      'fleece',
    ],
    zh: [
      '涤纶',
      '滌綸',
      '聚酯纤维',
      '聚酯纖維',
      '尼龙',
      '尼龍',
      '氨纶',
      '氨綸',
      '锦纶',
      '錦綸',
      '化纤',
      '化纖',
      '摇粒绒',
      '搖粒絨',
    ],
    wording: /synthetic|man-made/,
    search: 'synthetic fibres',
    chapters: ['54', '55', '61', '62', '63'],
    fibre: true,
    notCotton: true,
  },
  {
    id: 'wool',
    en: ['wool', 'merino', 'cashmere'],
    zh: ['羊毛', '羊绒', '羊絨', '毛呢'],
    wording: /\bwool\b|kashmir/,
    search: 'wool',
    chapters: ['51', '61', '62', '63'],
    fibre: true,
  },
  {
    id: 'silk',
    en: ['silk', 'mulberry silk'],
    zh: ['真丝', '真絲', '蚕丝', '蠶絲'],
    wording: /\bsilk\b/,
    search: 'silk',
    chapters: ['50', '61', '62', '63'],
    fibre: true,
  },
  {
    id: 'leather',
    en: ['leather', 'genuine leather', 'cowhide', 'pu leather', 'faux leather', 'vegan leather'],
    zh: ['皮革', '真皮', '牛皮', '皮质', '皮質', 'pu皮'],
    wording: /\bleather\b/,
    search: 'leather',
    chapters: ['42', '64'],
  },
  {
    id: 'plastic',
    en: [
      'plastic',
      'silicone',
      'tpu',
      'abs',
      'pvc',
      'polycarbonate',
      'acrylic',
      'bpa-free',
      'pp',
      'polypropylene',
    ],
    zh: ['塑料', '塑膠', '硅胶', '矽膠', '硅膠', '亚克力', '壓克力', '树脂', '樹脂'],
    wording: /\bplastics?\b/,
    search: 'plastics',
    chapters: ['39'],
  },
  {
    id: 'rubber',
    en: ['rubber', 'latex', 'natural rubber'],
    zh: ['橡胶', '橡膠', '乳胶', '乳膠'],
    wording: /\brubber\b/,
    search: 'rubber',
    chapters: ['40'],
  },
  {
    id: 'steel',
    en: ['stainless steel', 'steel', 'iron', 'cast iron', 'metal'],
    zh: ['不锈钢', '不鏽鋼', '钢', '鋼', '铁', '鐵', '铸铁', '鑄鐵', '金属', '金屬'],
    wording: /iron or steel|\bsteel\b|base metal/,
    search: 'iron or steel',
    chapters: ['73'],
  },
  {
    id: 'aluminium',
    en: ['aluminium', 'aluminum'],
    zh: ['铝', '鋁', '铝合金', '鋁合金'],
    wording: /alumin/,
    search: 'aluminium',
    chapters: ['76'],
  },
  {
    id: 'wood',
    en: ['wood', 'wooden', 'bamboo', 'oak', 'walnut'],
    zh: ['木', '木质', '木質', '实木', '實木', '竹'],
    wording: /\bwood|bamboo/,
    search: 'wood',
    chapters: ['44'],
  },
  {
    id: 'glass',
    en: ['glass', 'borosilicate glass', 'tempered glass'],
    zh: ['玻璃', '钢化玻璃', '鋼化玻璃'],
    wording: /\bglass/,
    search: 'glass',
    chapters: ['70'],
  },
  {
    id: 'ceramic',
    en: ['ceramic', 'porcelain', 'stoneware', 'bone china'],
    zh: ['陶瓷', '瓷', '骨瓷'],
    wording: /ceramic|porcelain|china\b/,
    search: 'ceramic',
    chapters: ['69'],
  },
  {
    id: 'silver',
    en: ['sterling silver', '925 silver', 'silver'],
    zh: ['纯银', '純銀', '925银', '925銀', '银', '銀'],
    wording: /\bsilver\b|precious metal/,
    search: 'silver precious metal',
    chapters: ['71'],
  },
  {
    id: 'gold',
    en: ['solid gold', '14k gold', '18k gold', 'gold'],
    zh: ['黄金', '黃金', '纯金', '純金', '18k金', '14k金', 'k金'],
    wording: /\bgold\b|precious metal/,
    search: 'gold precious metal',
    chapters: ['71'],
  },
  {
    id: 'paper',
    en: ['paper', 'cardboard', 'kraft'],
    zh: ['纸', '紙', '纸质', '紙質', '牛皮纸', '牛皮紙'],
    wording: /\bpaper/,
    search: 'paper',
    chapters: ['48'],
  },
  {
    id: 'textile',
    en: ['fabric', 'canvas', 'cloth', 'textile', 'oxford cloth'],
    zh: ['布', '帆布', '布艺', '布藝', '织物', '織物', '牛津布'],
    wording: /textile/,
    search: 'textile materials',
    chapters: ['56', '58', '61', '62', '63'],
  },
  {
    id: 'knitted',
    en: ['knit', 'knitted', 'crochet', 'jersey knit'],
    zh: ['针织', '針織', '钩针', '鉤針'],
    wording: /(?<!not )knitted or crocheted/,
    search: 'knitted',
  },
  {
    id: 'woven',
    en: ['woven'],
    zh: ['梭织', '梭織', '机织', '機織'],
    wording: /not knitted or crocheted/,
    search: 'woven',
  },
  {
    id: 'women',
    en: ['women', "women's", 'womens', 'ladies', 'lady', 'girls', "girls'", 'female'],
    zh: ['女', '女士', '女装', '女裝', '女款', '女童'],
    wording: /women's or girls'/,
    search: "women's",
  },
  {
    id: 'men',
    en: ['men', "men's", 'mens', 'boys', "boys'", 'male'],
    zh: ['男', '男士', '男装', '男裝', '男款', '男童'],
    wording: /men's or boys'/,
    search: "men's",
  },
  {
    id: 'baby',
    en: ['baby', 'babies', 'infant', 'newborn', 'toddler'],
    zh: ['婴儿', '嬰兒', '宝宝', '寶寶', '新生儿', '新生兒'],
    wording: /babies'/,
    search: "babies'",
  },
];

/** The description with its "(other than cotton)" / "excluding ..." parts cut, so they do not count as a match. */
export function positiveWording(description: string): string {
  return description
    .toLowerCase()
    .replace(/\((?:other than|excluding|not)[^)]*\)/g, ' ')
    .replace(/\b(?:other than|excluding)\b[^;,]*/g, ' ');
}

/** Whether goods so described can be of the material: its wording or chapter shows it, or it is a textile fibre and
 *  they are of textile materials. */
export function allowsMaterial(
  line: { description: string; chapter: string },
  trait: Trait,
): boolean {
  return (
    describesTrait(line.description, trait) ||
    Boolean(trait.chapters?.includes(line.chapter)) ||
    Boolean(trait.fibre && /textile/i.test(positiveWording(line.description)))
  );
}

export function describesTrait(description: string, trait: Trait): boolean {
  if (trait.notCotton && /\(other than cotton\)/i.test(description)) return true;
  return trait.wording.test(positiveWording(description));
}

/** Whether a Chinese word is one of the title's words (钢 in 不锈钢 or 钢 alone, not in 钢琴). */
function hasChineseWord(text: string, edges: Set<number>, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (edges.has(at) && edges.has(at + word.length)) return true;
  return false;
}

const EN_PATTERNS = TRAITS.map((t) =>
  t.en.map((w) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(w)}($|[^a-z0-9])`)),
);

/** Product names with a material word that is not what the product is made of. */
const NAMES_NOT_MATERIALS =
  /\b(?:soldering|curling|flat|steam|hair|travel) irons?\b|\bpaper (?:shredders?|clips?|cutters?|trimmers?)\b|\bglass (?:cleaners?|cutters?)\b|\bwood (?:glue|filler|stain)\b|\bleather (?:conditioner|cleaner|care)\b|\bsilver (?:polish|cleaner)\b|电烙铁|電烙鐵|卷发棒|剪纸|碎纸机|碎紙機/g;

/** The traits a text names (English and Chinese words whole). */
export function findTraits(text: string): Trait[] {
  const lower = text.normalize('NFKC').toLowerCase().replace(NAMES_NOT_MATERIALS, ' ');
  const edges = wordEdges(segmentTitle(lower));
  return TRAITS.filter(
    (t, i) =>
      EN_PATTERNS[i].some((p) => p.test(lower)) ||
      t.zh.some((w) => hasChineseWord(lower, edges, w)),
  );
}
