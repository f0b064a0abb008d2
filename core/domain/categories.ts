// Product categories the tools understand, with English and Chinese aliases, and detection in free text.
import { escapeRegExp } from '../regexp';
import { messageCatalog, type MessageTexts } from '../message-catalog';
import { CATEGORY_ZH, EXCLUDED_ZH, MAPPING_TEXTS } from './category-texts';
export interface Category {
  id: string;
  label: string;
  /** Knowledge-base category tags that apply to this product category (besides `all`). */
  knowledgeTags: string[];
  aliases: string[];
  /** What a seller should know about the rules behind this category (shown when it is used). */
  note?: string;
}

export const CATEGORIES: Category[] = [
  {
    id: 'electronics',
    label: 'Electronics',
    knowledgeTags: ['electronics'],
    aliases: [
      'electronics',
      'electronic',
      'charger',
      'gadget',
      'laptop',
      'phone',
      'camera',
      'speaker',
      'lamp',
      'led',
      'lighting',
      'light bulb',
      '电子',
      '電子',
      '电器',
      '電器',
      '充电器',
      '充電器',
      '灯',
      '燈',
    ],
  },
  {
    id: 'radio-equipment',
    label: 'Radio / wireless equipment',
    knowledgeTags: ['radio-equipment', 'electronics'],
    aliases: [
      'bluetooth',
      'wireless',
      'wifi',
      'wi-fi',
      'earbuds',
      'earbud',
      'earphones',
      'headphones',
      'headset',
      'smart watch',
      'smartwatch',
      'router',
      'drone',
      '蓝牙',
      '藍牙',
      '无线',
      '無線',
      '耳机',
      '耳機',
      '智能手表',
      '智慧手錶',
    ],
  },
  {
    id: 'chargers',
    label: 'Chargers and power adapters',
    knowledgeTags: ['chargers', 'electronics'],
    aliases: [
      'charger',
      'power adapter',
      'charging cable',
      '充电器',
      '充電器',
      '充电头',
      '充電頭',
      '数据线',
      '數據線',
    ],
  },
  {
    id: 'household-appliances',
    label: 'TVs and household appliances',
    knowledgeTags: ['household-appliances', 'electronics'],
    aliases: [
      'tv',
      'television',
      'washing machine',
      'dishwasher',
      'vacuum cleaner',
      'fridge',
      'refrigerator',
      'appliance',
      'appliances',
      '电视',
      '電視',
      '洗衣机',
      '洗衣機',
      '家电',
      '家電',
    ],
  },
  {
    id: 'toys',
    label: 'Toys',
    knowledgeTags: ['toys', 'children-products'],
    aliases: [
      'toy',
      'toys',
      'plush',
      'lego',
      'doll',
      'scooter',
      'kids',
      "children's",
      'children',
      '玩具',
      '儿童',
      '兒童',
      '滑板车',
      '滑板車',
      '毛绒',
      '毛絨',
    ],
  },
  {
    id: 'children-products',
    label: "Baby and children's products",
    knowledgeTags: ['children-products'],
    aliases: [
      'baby',
      'babies',
      'infant',
      'toddler',
      'stroller',
      'pacifier',
      'teether',
      'crib',
      '婴儿',
      '嬰兒',
      '宝宝',
      '寶寶',
      '母婴',
      '母嬰',
      '童车',
      '童車',
    ],
  },
  {
    id: 'cosmetics',
    label: 'Cosmetics',
    knowledgeTags: ['cosmetics'],
    aliases: [
      'cosmetic',
      'cosmetics',
      'skincare',
      'skin care',
      'makeup',
      'lipstick',
      'serum',
      'cream',
      'shampoo',
      'perfume',
      '化妆品',
      '化妝品',
      '护肤',
      '護膚',
      '口红',
      '口紅',
      '面霜',
    ],
  },
  {
    id: 'batteries',
    label: 'Batteries',
    knowledgeTags: ['batteries', 'electronics'],
    aliases: [
      'battery',
      'batteries',
      'lithium',
      'power bank',
      'powerbank',
      '电池',
      '電池',
      '锂电',
      '鋰電',
      '充电宝',
      '充電寶',
      '移动电源',
      '行動電源',
    ],
  },
  {
    id: 'apparel',
    label: 'Apparel and textiles',
    knowledgeTags: ['apparel', 'textiles'],
    aliases: [
      'apparel',
      'clothing',
      'clothes',
      'shirt',
      't-shirt',
      'dress',
      'jacket',
      'textile',
      'textiles',
      'fashion',
      '服装',
      '服裝',
      '衣服',
      '纺织',
      '紡織',
    ],
  },
  {
    id: 'food',
    label: 'Food and beverages',
    knowledgeTags: ['food', 'beverages'],
    aliases: [
      'food',
      'snack',
      'snacks',
      'beverage',
      'beverages',
      'drink',
      'tea',
      'coffee',
      'supplement',
      '食品',
      '零食',
      '饮料',
      '飲料',
      '茶叶',
      '茶葉',
    ],
  },
  {
    id: 'food-contact',
    label: 'Food-contact materials',
    knowledgeTags: ['food-contact'],
    aliases: [
      'food contact',
      'food-contact',
      'kitchenware',
      'cookware',
      'tableware',
      'water bottle',
      'lunch box',
      'cup',
      'mug',
      'baby bottle',
      '厨具',
      '廚具',
      '餐具',
      '水杯',
      '食品接触',
      '食品接觸',
    ],
  },
  {
    id: 'e-cigarettes',
    label: 'E-cigarettes and vapes',
    knowledgeTags: ['e-cigarettes'],
    aliases: ['e-cigarette', 'e-cigarettes', 'vape', 'vapes', 'vaping', '电子烟', '電子煙'],
  },
  {
    id: 'software',
    label: 'Software and apps',
    knowledgeTags: ['software'],
    aliases: ['software', 'app', 'apps', 'saas', '软件', '軟體', '應用'],
  },
  {
    id: 'sports-outdoors',
    label: 'Sports and outdoors',
    knowledgeTags: [],
    aliases: [
      'sports',
      'sport',
      'sporting goods',
      'outdoors',
      'outdoor',
      'fitness',
      'gym',
      'yoga',
      'yoga mat',
      'camping',
      'hiking',
      'tent',
      'bicycle',
      'bike',
      'cycling',
      'fishing',
      'dumbbell',
      '运动',
      '運動',
      '户外',
      '戶外',
      '健身',
      '瑜伽',
      '瑜珈',
      '露营',
      '露營',
      '自行车',
      '自行車',
    ],
  },
  {
    id: 'home-kitchen',
    label: 'Home and kitchen',
    knowledgeTags: ['food-contact'],
    aliases: [
      'home',
      'home and kitchen',
      'home & kitchen',
      'kitchen',
      'household',
      'home decor',
      'decor',
      'storage',
      'cleaning',
      'lamp',
      'candle',
      'vase',
      '家居',
      '家庭',
      '厨房',
      '廚房',
      '家用',
      '收纳',
      '收納',
    ],
    note: 'Products that touch food (cups, pans, containers) also follow the food-contact rules: use the food-contact category for them.',
  },
  {
    id: 'furniture',
    label: 'Furniture',
    knowledgeTags: [],
    aliases: [
      'furniture',
      'chair',
      'table',
      'desk',
      'sofa',
      'bed frame',
      'shelf',
      'shelves',
      'cabinet',
      'wardrobe',
      '家具',
      '家俱',
      '椅子',
      '桌子',
      '沙发',
      '沙發',
    ],
  },
  {
    id: 'textiles-bedding',
    label: 'Home textiles and bedding',
    knowledgeTags: ['textiles'],
    aliases: [
      'bedding',
      'home textiles',
      'bed sheets',
      'sheets',
      'duvet',
      'pillow',
      'pillowcase',
      'blanket',
      'towel',
      'curtain',
      'curtains',
      'rug',
      'carpet',
      '床上用品',
      '家纺',
      '家紡',
      '床单',
      '床單',
      '枕头',
      '枕頭',
      '毛巾',
      '窗帘',
      '窗簾',
      '毯子',
    ],
  },
  {
    id: 'jewelry-watches',
    label: 'Jewelry and watches',
    knowledgeTags: [],
    aliases: [
      'jewelry',
      'jewellery',
      'necklace',
      'bracelet',
      'ring',
      'earrings',
      'watch',
      'watches',
      'pendant',
      '首饰',
      '首飾',
      '珠宝',
      '珠寶',
      '项链',
      '項鍊',
      '手链',
      '手鍊',
      '戒指',
      '耳环',
      '耳環',
      '手表',
      '手錶',
    ],
    note: 'Metal jewelry is often restricted for nickel, lead and cadmium (EU REACH Annex XVII): check the limits with your supplier.',
  },
  {
    id: 'pet-supplies',
    label: 'Pet supplies',
    knowledgeTags: [],
    aliases: [
      'pet',
      'pets',
      'pet supplies',
      'dog',
      'cat',
      'leash',
      'pet bed',
      'cat litter',
      'aquarium',
      '宠物',
      '寵物',
      '狗',
      '猫',
      '貓',
    ],
    note: 'Pet food and treats are animal feed, with their own rules: the bundled knowledge does not cover them.',
  },
  {
    id: 'baby-products',
    label: 'Baby products',
    knowledgeTags: ['children-products'],
    aliases: [
      'baby',
      'babies',
      'infant',
      'toddler',
      'stroller',
      'pacifier',
      'diaper',
      'nappy',
      'baby bottle',
      'crib',
      'high chair',
      '婴儿',
      '嬰兒',
      '宝宝',
      '寶寶',
      '母婴',
      '母嬰',
      '婴童',
      '奶瓶',
      '尿布',
      '婴儿车',
      '嬰兒車',
    ],
  },
  {
    id: 'stationery-office',
    label: 'Stationery and office supplies',
    knowledgeTags: [],
    aliases: [
      'stationery',
      'office',
      'office supplies',
      'notebook',
      'pen',
      'pens',
      'pencil',
      'marker',
      'planner',
      'paper',
      'stapler',
      '文具',
      '办公',
      '辦公',
      '笔记本',
      '筆記本',
      '钢笔',
      '鋼筆',
    ],
  },
  {
    id: 'garden',
    label: 'Garden and patio',
    knowledgeTags: [],
    aliases: [
      'garden',
      'gardening',
      'patio',
      'lawn',
      'planter',
      'flower pot',
      'hose',
      'seeds',
      '园艺',
      '園藝',
      '花园',
      '花園',
      '花盆',
    ],
    note: 'Seeds, plants and soil need phytosanitary checks and pesticides need approval: the bundled knowledge does not cover them.',
  },
  {
    id: 'automotive-parts',
    label: 'Automotive parts and accessories',
    knowledgeTags: [],
    aliases: [
      'automotive',
      'auto parts',
      'car parts',
      'car accessories',
      'car',
      'motorcycle',
      'tire',
      'tyre',
      'brake',
      'dash cam',
      'car seat cover',
      '汽车',
      '汽車',
      '汽配',
      '汽车配件',
      '汽車配件',
      '车载',
      '車載',
      '摩托车',
      '摩托車',
    ],
    note: 'Safety parts (brakes, lights, tyres) need type approval (E-mark in the EU and UK, DOT/FMVSS in the US): the bundled knowledge does not cover them.',
  },
  {
    id: 'health-devices',
    label: 'Health and personal care devices',
    knowledgeTags: ['electronics'],
    aliases: [
      'health device',
      'health devices',
      'thermometer',
      'blood pressure monitor',
      'pulse oximeter',
      'massager',
      'massage gun',
      'scale',
      'bathroom scale',
      'tens unit',
      'heating pad',
      'electric toothbrush',
      '健康',
      '体温计',
      '體溫計',
      '血压计',
      '血壓計',
      '按摩',
      '按摩器',
      '体重秤',
      '體重秤',
      '电动牙刷',
      '電動牙刷',
    ],
    note: 'A device with a medical purpose (diagnosis, monitoring, treatment) is a medical device (EU MDR, FDA, PMDA): registration is needed and the bundled knowledge covers only its electrical rules.',
  },
  {
    id: 'beauty-tools',
    label: 'Beauty tools',
    knowledgeTags: [],
    aliases: [
      'beauty tools',
      'beauty tool',
      'hair dryer',
      'hair straightener',
      'curling iron',
      'makeup brush',
      'makeup brushes',
      'eyelash curler',
      'nail clipper',
      'nail art',
      'razor',
      'comb',
      '美容工具',
      '美容仪',
      '美容儀',
      '吹风机',
      '吹風機',
      '卷发棒',
      '捲髮棒',
      '化妆刷',
      '化妝刷',
    ],
    note: 'Electric beauty tools (hair dryers, straighteners) also follow the electronics rules: use electronics for them.',
  },
  {
    id: 'bags-luggage',
    label: 'Bags and luggage',
    knowledgeTags: ['textiles'],
    aliases: [
      'bag',
      'bags',
      'backpack',
      'handbag',
      'luggage',
      'suitcase',
      'wallet',
      'purse',
      'tote',
      '箱包',
      '背包',
      '手提包',
      '行李箱',
      '钱包',
      '錢包',
      '包包',
    ],
  },
  {
    id: 'shoes',
    label: 'Shoes and footwear',
    knowledgeTags: ['apparel'],
    aliases: [
      'shoes',
      'shoe',
      'footwear',
      'sneakers',
      'boots',
      'sandals',
      'slippers',
      'heels',
      '鞋',
      '鞋子',
      '运动鞋',
      '運動鞋',
      '靴子',
      '拖鞋',
    ],
    note: 'The EU footwear labelling directive (materials of upper, lining and sole by pictogram) applies; the bundled knowledge covers the apparel rules around it.',
  },
  {
    id: 'musical-instruments',
    label: 'Musical instruments',
    knowledgeTags: [],
    aliases: [
      'musical instruments',
      'musical instrument',
      'instrument',
      'guitar',
      'piano',
      'keyboard piano',
      'violin',
      'ukulele',
      'drum',
      'drums',
      'microphone',
      '乐器',
      '樂器',
      '吉他',
      '钢琴',
      '鋼琴',
      '小提琴',
      '尤克里里',
      '鼓',
    ],
    note: 'Electric and electronic instruments also follow the electronics rules (WEEE, EMC).',
  },
  {
    id: 'general',
    label: 'General consumer goods',
    knowledgeTags: [],
    aliases: [
      'general',
      'other',
      'others',
      'misc',
      'miscellaneous',
      '其他',
      '其它',
      '通用',
      '一般',
    ],
    note: 'Only the rules for all consumer goods apply (general product safety, consumer rights, marketplace rules, tax); category-specific rules are not checked.',
  },
];

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function getCategory(id: string): Category | undefined {
  return BY_ID.get(id);
}

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id);

/** A category id, label or alias to an id; undefined when unknown. */
export function normalizeCategory(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (BY_ID.has(text)) return text;
  return CATEGORIES.find((c) => c.label.toLowerCase() === text || c.aliases.includes(text))?.id;
}

/** A category found in free text and the words that named it, as written ("Bluetooth"). */
export interface CategoryMention {
  id: string;
  words: string;
}

/** Categories mentioned in free text with the words that named them, most specific first. */
export function findCategoryMentions(text: string): CategoryMention[] {
  const lower = text.toLowerCase();
  const out: CategoryMention[] = [];
  for (const c of CATEGORIES) {
    for (const alias of c.aliases) {
      const at = /[\u3400-\u9fff]/.test(alias)
        ? lower.indexOf(alias)
        : lower.search(new RegExp(`(^|[^a-z])${escapeRegExp(alias)}s?($|[^a-z])`));
      if (at < 0) continue;
      const start = /[a-z\u3400-\u9fff]/.test(lower[at]) ? at : at + 1;
      out.push({ id: c.id, words: text.slice(start, start + alias.length) });
      break;
    }
  }
  return out;
}

/** Categories mentioned in free text, most specific first (radio equipment before electronics). */
export function findCategories(text: string): string[] {
  return CATEGORIES.filter((c) =>
    c.aliases.some((alias) => aliasEnd(text.toLowerCase(), alias) >= 0),
  ).map((c) => c.id);
}

/** Where `alias` ends in lower-cased `text` (whole words for Latin aliases, a plural s allowed); -1 when absent. */
function aliasEnd(lower: string, alias: string): number {
  if (/[\u3400-\u9fff]/.test(alias)) {
    const at = lower.lastIndexOf(alias);
    return at < 0 ? -1 : at + alias.length;
  }
  const re = new RegExp(`(^|[^a-z])(${escapeRegExp(alias)}s?)(?=$|[^a-z])`, 'g');
  let end = -1;
  for (const m of lower.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Products outside the taxonomy on purpose: resolved to `general` with this note instead of a category. */
export const EXCLUDED_PRODUCTS = {
  label: 'Adult products (sex toys)',
  aliases: [
    'sex toy',
    'sex toys',
    'adult toy',
    'adult toys',
    'adult products',
    'vibrator',
    'dildo',
    '成人用品',
    '情趣用品',
    '情趣',
    '性玩具',
  ],
  note: 'Adult products (sex toys) are not covered: tradepilot has no rules for them. Marketplaces restrict them (age-gated or hidden listings, some ban them) and ad platforms refuse their ads; only the rules for all consumer goods were applied.',
};

/**
 * The category texts in English and Chinese: labels (`label:<id>`), notes (`note:<id>`, `excluded`) and how a value
 * was mapped; answers translate a CategoryMatch note with `CATEGORY_MESSAGES.translate`.
 */
export const CATEGORY_MESSAGES = messageCatalog<string>({
  ...MAPPING_TEXTS,
  excluded: withZh(EXCLUDED_PRODUCTS.note, EXCLUDED_ZH),
  ...Object.fromEntries(
    CATEGORIES.flatMap((c) => [
      [`label:${c.id}`, withZh(c.label, CATEGORY_ZH[c.id]?.label)],
      ...(c.note ? [[`note:${c.id}`, withZh(c.note, CATEGORY_ZH[c.id]?.note)]] : []),
    ]),
  ),
});

/** English with its Chinese; a missing translation is an empty text (a test fails on it). */
function withZh(en: string, zh?: Omit<MessageTexts, 'en'>): MessageTexts {
  return { en, 'zh-Hans': zh?.['zh-Hans'] ?? '', 'zh-Hant': zh?.['zh-Hant'] ?? '' };
}

export interface CategoryMatch {
  id: string;
  /** known: an id, label or alias; nearest: a product word in the text; general: nothing matched, or excluded. */
  match: 'known' | 'nearest' | 'general' | 'excluded';
  /** Says how the value was mapped and what the category does not cover; absent for a known category without a note. */
  note?: string;
}

/**
 * Any seller word or product description to a category: an id, label or alias as such; else the category of the
 * product word that ends last in the text (the head noun: "paper cup" is a cup), the more specific of two related
 * ones (bluetooth speaker: radio equipment); else `general`. Never rejects.
 */
export function resolveCategory(value: string): CategoryMatch {
  const text = value.trim().toLowerCase();
  const label = (id: string) => getCategory(id)!.label;
  if (EXCLUDED_PRODUCTS.aliases.some((a) => aliasEnd(text, a) >= 0))
    return { id: 'general', match: 'excluded', note: EXCLUDED_PRODUCTS.note };
  const known = normalizeCategory(text);
  if (known) return { id: known, match: 'known', ...noteOf(known) };
  const hits = CATEGORIES.map((c) => {
    const best = c.aliases
      .map((alias) => ({ alias, end: aliasEnd(text, alias) }))
      .filter((h) => h.end >= 0)
      .sort((a, b) => b.end - a.end || b.alias.length - a.alias.length)[0];
    return best && { category: c, ...best };
  }).filter((h) => h !== undefined);
  const specific = hits.filter(
    (h) => !hits.some((o) => o !== h && o.category.knowledgeTags.includes(h.category.id)),
  );
  const best = specific.sort((a, b) => b.end - a.end || b.alias.length - a.alias.length)[0];
  if (best && best.category.id !== 'general') {
    const note = noteOf(best.category.id).note;
    return {
      id: best.category.id,
      match: 'nearest',
      note: CATEGORY_MESSAGES.text(note ? 'nearestNoted' : 'nearest', {
        value: value.trim(),
        label: label(best.category.id),
        alias: best.alias,
        ...(note ? { note } : {}),
      }),
    };
  }
  return {
    id: 'general',
    match: 'general',
    note: CATEGORY_MESSAGES.text('unmatched', {
      value: value.trim(),
      note: getCategory('general')!.note!,
    }),
  };
}

function noteOf(id: string): { note?: string } {
  const note = getCategory(id)?.note;
  return note ? { note } : {};
}
