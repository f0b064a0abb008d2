// The Chinese of the category labels and notes (their English stays in categories.ts), and how a seller's word
// was mapped to a category, in English and Chinese.
import type { MessageTexts } from '../message-catalog';

type Zh = Omit<MessageTexts, 'en'>;

const zh = (hans: string, hant: string): Zh => ({ 'zh-Hans': hans, 'zh-Hant': hant });

/** By category id: the label, and the note for the categories that have one. */
export const CATEGORY_ZH: Record<string, { label: Zh; note?: Zh }> = {
  electronics: { label: zh('电子产品', '電子產品') },
  'radio-equipment': { label: zh('无线电/无线设备', '無線電/無線設備') },
  chargers: { label: zh('充电器和电源适配器', '充電器和電源轉接器') },
  'household-appliances': { label: zh('电视和家用电器', '電視和家用電器') },
  toys: { label: zh('玩具', '玩具') },
  'children-products': { label: zh('婴幼儿及儿童用品', '嬰幼兒及兒童用品') },
  cosmetics: { label: zh('化妆品', '化妝品') },
  batteries: { label: zh('电池', '電池') },
  apparel: { label: zh('服装和纺织品', '服裝和紡織品') },
  food: { label: zh('食品和饮料', '食品和飲料') },
  'food-contact': { label: zh('食品接触材料', '食品接觸材料') },
  'e-cigarettes': { label: zh('电子烟', '電子煙') },
  software: { label: zh('软件和应用', '軟體和應用程式') },
  'sports-outdoors': { label: zh('运动户外', '運動戶外') },
  'home-kitchen': {
    label: zh('家居厨房', '家居廚房'),
    note: zh(
      '接触食品的产品（杯子、锅具、容器）还须遵守食品接触材料规则：这类产品请使用 food-contact 品类。',
      '接觸食品的產品（杯子、鍋具、容器）還須遵守食品接觸材料規則：這類產品請使用 food-contact 品類。',
    ),
  },
  furniture: { label: zh('家具', '家具') },
  'textiles-bedding': { label: zh('家纺和床上用品', '家紡和床上用品') },
  'jewelry-watches': {
    label: zh('珠宝和手表', '珠寶和手錶'),
    note: zh(
      '金属首饰常因镍、铅、镉含量受到限制（欧盟 REACH 附件 XVII）：请与供应商核实限量。',
      '金屬首飾常因鎳、鉛、鎘含量受到限制（歐盟 REACH 附件 XVII）：請與供應商核實限量。',
    ),
  },
  'pet-supplies': {
    label: zh('宠物用品', '寵物用品'),
    note: zh(
      '宠物食品和零食属于动物饲料，有单独的规则：内置知识库未覆盖。',
      '寵物食品和零食屬於動物飼料，有單獨的規則：內建知識庫未涵蓋。',
    ),
  },
  'baby-products': { label: zh('婴儿用品', '嬰兒用品') },
  'stationery-office': { label: zh('文具和办公用品', '文具和辦公用品') },
  garden: {
    label: zh('园艺和庭院', '園藝和庭院'),
    note: zh(
      '种子、植物和土壤需要植物检疫，农药需要审批：内置知识库未覆盖。',
      '種子、植物和土壤需要植物檢疫，農藥需要審批：內建知識庫未涵蓋。',
    ),
  },
  'automotive-parts': {
    label: zh('汽车零部件和配件', '汽車零組件和配件'),
    note: zh(
      '安全部件（刹车、车灯、轮胎）需要型式认证（欧盟和英国为 E-mark，美国为 DOT/FMVSS）：内置知识库未覆盖。',
      '安全零件（煞車、車燈、輪胎）需要型式認證（歐盟和英國為 E-mark，美國為 DOT/FMVSS）：內建知識庫未涵蓋。',
    ),
  },
  'health-devices': {
    label: zh('健康和个人护理器械', '健康和個人護理器材'),
    note: zh(
      '具有医疗用途（诊断、监测、治疗）的器械属于医疗器械（欧盟 MDR、FDA、PMDA）：须办理注册，内置知识库仅覆盖其电气规则。',
      '具有醫療用途（診斷、監測、治療）的器材屬於醫療器材（歐盟 MDR、FDA、PMDA）：須辦理註冊，內建知識庫僅涵蓋其電氣規則。',
    ),
  },
  'beauty-tools': {
    label: zh('美容工具', '美容工具'),
    note: zh(
      '电动美容工具（吹风机、直发器）还须遵守电子产品规则：这类产品请使用 electronics 品类。',
      '電動美容工具（吹風機、離子夾）還須遵守電子產品規則：這類產品請使用 electronics 品類。',
    ),
  },
  'bags-luggage': { label: zh('箱包', '箱包') },
  shoes: {
    label: zh('鞋类', '鞋類'),
    note: zh(
      '适用欧盟鞋类标签指令（以图标标示鞋面、内里和鞋底材料）；内置知识库覆盖与之相关的服装规则。',
      '適用歐盟鞋類標籤指令（以圖示標示鞋面、內裡和鞋底材料）；內建知識庫涵蓋與之相關的服裝規則。',
    ),
  },
  'musical-instruments': {
    label: zh('乐器', '樂器'),
    note: zh(
      '电动和电子乐器还须遵守电子产品规则（WEEE、EMC）。',
      '電動和電子樂器還須遵守電子產品規則（WEEE、EMC）。',
    ),
  },
  general: {
    label: zh('一般消费品', '一般消費品'),
    note: zh(
      '仅适用所有消费品的通用规则（通用产品安全、消费者权益、平台规则、税务）；未检查品类专属规则。',
      '僅適用所有消費品的通用規則（通用產品安全、消費者權益、平台規則、稅務）；未檢查品類專屬規則。',
    ),
  },
};

/** The note for products outside the taxonomy on purpose. */
export const EXCLUDED_ZH: Zh = zh(
  '成人用品（情趣玩具）不在覆盖范围内：tradepilot 没有这类产品的规则。各电商平台对其有限制（需年龄验证或隐藏商品，部分平台禁售），广告平台也拒绝其广告；仅应用了所有消费品的通用规则。',
  '成人用品（情趣玩具）不在涵蓋範圍內：tradepilot 沒有這類產品的規則。各電商平台對其有限制（需年齡驗證或隱藏商品，部分平台禁售），廣告平台也拒絕其廣告；僅套用了所有消費品的通用規則。',
);

/** How a value was mapped: {note} is a category note, {label} a category label. */
export const MAPPING_TEXTS = {
  nearestNoted: {
    en: '"{value}" mapped to the nearest category, {label} (from "{alias}"). {note}',
    'zh-Hans': '“{value}”已归入最接近的品类：{label}（依据“{alias}”）。{note}',
    'zh-Hant': '「{value}」已歸入最接近的品類：{label}（依據「{alias}」）。{note}',
  },
  nearest: {
    en: '"{value}" mapped to the nearest category, {label} (from "{alias}").',
    'zh-Hans': '“{value}”已归入最接近的品类：{label}（依据“{alias}”）。',
    'zh-Hant': '「{value}」已歸入最接近的品類：{label}（依據「{alias}」）。',
  },
  unmatched: {
    en: '"{value}" matches no product category: {note}',
    'zh-Hans': '“{value}”不属于任何商品品类：{note}',
    'zh-Hant': '「{value}」不屬於任何商品品類：{note}',
  },
} satisfies Record<string, MessageTexts>;
