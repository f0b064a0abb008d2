// Product categories the tools understand, with English and Chinese aliases, and detection in free text.
export interface Category {
  id: string;
  label: string;
  /** Knowledge-base category tags that apply to this product category (besides `all`). */
  knowledgeTags: string[];
  aliases: string[];
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
      'shoes',
      'textile',
      'textiles',
      'fashion',
      '服装',
      '服裝',
      '衣服',
      '纺织',
      '紡織',
      '鞋',
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
export interface CategoryMatch {
  id: string;
  words: string;
}

/** Categories mentioned in free text with the words that named them, most specific first. */
export function findCategoryMatches(text: string): CategoryMatch[] {
  const lower = text.toLowerCase();
  const out: CategoryMatch[] = [];
  for (const c of CATEGORIES) {
    for (const alias of c.aliases) {
      const at = /[\u3400-\u9fff]/.test(alias)
        ? lower.indexOf(alias)
        : lower.search(
            new RegExp(`(^|[^a-z])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?($|[^a-z])`),
          );
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
  return findCategoryMatches(text).map((m) => m.id);
}
