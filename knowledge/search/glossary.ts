// Bilingual glossary: Chinese (simplified and traditional) domain terms to the English words the knowledge base
// uses, so a Chinese question finds English documents without a language model.
/** [Chinese variants, English expansion]. Longer terms are matched first, so 蓝牙耳机 wins over 耳机. */
const ENTRIES: Array<[string[], string]> = [
  // markets and regions (market filters come from tools/shared/markets.ts; these help the text match)
  [['欧盟', '歐盟'], 'EU European Union'],
  [['欧洲', '歐洲'], 'Europe EU'],
  [['英国', '英國'], 'UK United Kingdom'],
  [['美国', '美國'], 'US United States'],
  [['加州', '加利福尼亚', '加利福尼亞'], 'California'],
  [['魁北克'], 'Quebec'],
  // products and categories
  [
    ['蓝牙耳机', '藍牙耳機', '无线耳机', '無線耳機'],
    'Bluetooth earbuds wireless headphones radio equipment RED CE',
  ],
  [['耳机', '耳機'], 'earbuds headphones'],
  [['蓝牙', '藍牙'], 'Bluetooth wireless radio equipment'],
  [['无线', '無線'], 'wireless radio equipment'],
  [['无线电', '無線電', '射频', '射頻'], 'radio equipment wireless'],
  [['智能手表', '智慧手錶', '智能手錶'], 'smart watch wireless'],
  [['电子产品', '電子產品', '电子', '電子', '电器', '電器'], 'electronics electrical equipment'],
  [['充电器', '充電器'], 'charger USB-C common charger'],
  [['充电宝', '充電寶', '移动电源', '行動電源'], 'power bank lithium battery'],
  [['锂电池', '鋰電池', '锂电', '鋰電'], 'lithium battery batteries'],
  [['纽扣电池', '鈕扣電池'], 'button battery coin cell'],
  [['电池', '電池'], 'battery batteries'],
  [['玩具'], 'toys toy safety EN 71'],
  [
    ['儿童产品', '兒童產品', '儿童用品', '兒童用品', '儿童', '兒童'],
    "children's products children",
  ],
  [['化妆品', '化妝品', '美妆', '美妝', '护肤品', '護膚品'], 'cosmetics cosmetic products'],
  [['服装', '服裝', '衣服', '纺织品', '紡織品'], 'apparel textiles clothing'],
  [['快时尚', '快時尚'], 'fast fashion'],
  [['食品接触材料', '食品接觸材料', '食品接触', '食品接觸'], 'food contact materials'],
  [['食品'], 'food'],
  [['饮料', '飲料'], 'beverages'],
  [['电子烟', '電子煙'], 'e-cigarettes vapes vaping e-vaporiser'],
  [['软件', '軟體', '软体'], 'software'],
  [['包装', '包裝'], 'packaging'],
  [['无人机', '無人機'], 'drone'],
  // tax and customs
  [['增值税', '增值稅'], 'VAT value added tax'],
  [['消费税', '消費稅'], 'consumption tax'],
  [['销售税', '銷售稅'], 'sales tax'],
  [['商品及服务税', '商品及服務稅'], 'GST goods and services tax'],
  [['进口增值税', '進口增值稅'], 'import VAT'],
  [['关税', '關稅'], 'customs duty tariff'],
  [['海关', '海關', '清关', '清關'], 'customs clearance'],
  [
    ['免税额', '免稅額', '免税门槛', '免稅門檻', '起征点', '起征點', '小额豁免', '小額豁免'],
    'de minimis threshold exemption low-value',
  ],
  [['免税', '免稅', '豁免'], 'exemption exempt relief'],
  [['低价值', '低價值', '小额', '小額', '小包裹'], 'low-value small parcels consignments'],
  [['门槛', '門檻', '阈值', '閾值'], 'threshold'],
  [['跨境'], 'cross-border'],
  [['进口', '進口'], 'import imports'],
  [['税率', '稅率'], 'rate'],
  [['标准税率', '標準稅率'], 'standard rate'],
  [['一站式', '一站式申报', '一站式申報'], 'one-stop shop OSS IOSS'],
  [['远程销售', '遠程銷售', '远距离销售', '遠距離銷售'], 'distance sales'],
  [['代扣', '代扣代缴', '代扣代繳', '预扣', '預扣'], 'withholding'],
  [['手续费', '手續費', '处理费', '處理費'], 'handling fee'],
  [['税', '稅'], 'tax'],
  // certification and product safety
  [['认证', '認證'], 'certification'],
  [['证书', '證書'], 'certificate'],
  [['型式认证', '型式認證', '型号核准', '型號核准'], 'type approval'],
  [['合格评定', '合格評定', '符合性'], 'conformity assessment'],
  [['符合性声明', '符合性聲明'], 'declaration of conformity'],
  [['产品安全', '產品安全', '通用产品安全', '通用產品安全'], 'product safety GPSR'],
  [['安全'], 'safety'],
  [
    ['负责人', '負責人', '欧代', '歐代', '授权代表', '授權代表'],
    'responsible person authorised representative',
  ],
  [['召回'], 'recall'],
  [['事故报告', '事故報告'], 'incident reporting'],
  [['产品责任', '產品責任'], 'product liability'],
  [['网络安全', '網絡安全', '網路安全'], 'cybersecurity'],
  [['强制性标准', '強制性標準', '强制标准', '強制標準'], 'mandatory standards'],
  [['标准', '標準'], 'standard'],
  [['检测', '檢測', '测试', '測試'], 'testing test report'],
  [['注册', '註冊'], 'registration register'],
  [['备案', '備案', '通报', '通報', '通知'], 'notification'],
  [['清真'], 'halal'],
  // labelling, language
  [['标签', '標籤', '标识', '標識', '标示', '標示'], 'labelling labeling label'],
  [['警示', '警告'], 'warning warnings'],
  [['说明书', '說明書'], 'instructions'],
  [['语言', '語言'], 'language'],
  [['法语', '法語'], 'French language'],
  [['阿拉伯语', '阿拉伯語'], 'Arabic'],
  [['越南语', '越南語'], 'Vietnamese'],
  [['印尼语', '印尼語'], 'Indonesian Bahasa'],
  [['原产地', '原產地'], 'origin made in'],
  [['可维修性', '可維修性', '耐用性'], 'durability repairability index'],
  // EPR, packaging, waste
  [['生产者责任延伸', '生產者責任延伸', '生产者延伸责任'], 'EPR extended producer responsibility'],
  [['废弃电器', '廢棄電器', '电子垃圾', '電子垃圾'], 'WEEE waste electrical equipment'],
  [['回收'], 'recycling take-back'],
  [['环保', '環保'], 'environmental green'],
  [['绿色声明', '綠色聲明', '环保声明', '環保聲明'], 'green claims environmental claims'],
  [['包装法', '包裝法'], 'packaging law VerpackG'],
  [['唯一识别号', '唯一識別號'], 'unique identifier'],
  // data protection
  [['数据保护', '數據保護', '资料保护', '資料保護'], 'data protection GDPR'],
  [
    ['个人信息', '個人信息', '个人数据', '個人數據', '个人资料', '個人資料'],
    'personal data personal information',
  ],
  [['隐私', '隱私'], 'privacy'],
  [['数据泄露', '數據洩露', '資料外洩', '数据泄漏'], 'data breach notification'],
  [['泄露', '洩露', '外洩'], 'breach'],
  [
    ['跨境传输', '跨境傳輸', '数据出境', '數據出境'],
    'international transfers cross-border transfer',
  ],
  [['儿童隐私', '兒童隱私'], "children's privacy COPPA"],
  // consumer rights, marketplaces, ads
  [['退货', '退貨', '退换', '退換'], 'returns withdrawal cancellation'],
  [
    ['撤销权', '撤銷權', '后悔权', '後悔權', '无理由退货', '無理由退貨', '冷静期', '冷靜期'],
    'right of withdrawal cooling-off',
  ],
  [['保修', '保固', '质保', '質保', '保证', '保證'], 'warranty guarantee'],
  [['消费者', '消費者'], 'consumer'],
  [['消费者权益', '消費者權益'], 'consumer rights'],
  [['评论', '評論', '评价', '評價', '好评', '好評'], 'reviews'],
  [['虚假评论', '虛假評論', '刷单', '刷單', '假评论'], 'fake reviews'],
  [['折扣', '降价', '降價', '促销', '促銷'], 'price reduction discount prior price'],
  [['广告', '廣告', '营销', '營銷', '行銷'], 'advertising marketing'],
  [['网红', '網紅', '隐性营销', '隱性營銷'], 'influencer stealth marketing'],
  [
    ['平台', '电商平台', '電商平台', '市场平台', '市場平台'],
    'marketplace platform online marketplace',
  ],
  [['卖家', '賣家', '商家'], 'sellers traders'],
  [['卖家信息', '賣家信息', '商家信息'], 'trader information traceability'],
  [['罚款', '罰款', '处罚', '處罰', '罚则', '罰則'], 'fines penalties'],
  [['订阅', '訂閱', '自动续费', '自動續費'], 'subscription cancellation'],
  [['无障碍', '無障礙'], 'accessibility'],
  // payments and restricted goods
  [['货到付款', '貨到付款'], 'cash on delivery COD'],
  [['支付', '付款', '支付方式'], 'payments payment methods'],
  [['禁止', '违禁', '違禁', '禁售', '禁运', '禁運'], 'prohibited banned restricted'],
  [['限制'], 'restricted restrictions'],
  [['空运', '空運'], 'air shipping'],
  [['危险品', '危險品'], 'dangerous goods'],
  [['印花', '进口商地址', '進口商地址'], 'importer address'],
  [['生效', '实施', '實施', '施行'], 'effective date in force'],
  [['取消', '废除', '廢除'], 'abolished repeal end'],
  [['改革'], 'reform'],
  [['发票', '發票'], 'invoice'],
];

const LOOKUP: Array<[string, string]> = ENTRIES.flatMap(([variants, english]) =>
  variants.map((v) => [v, english] as [string, string]),
).sort((a, b) => b[0].length - a[0].length);

export const hasChinese = (text: string) => /[\u3400-\u9fff]/.test(text);

/** English expansions for the Chinese terms in a text (longest match first, each span used once). */
export function glossaryTerms(text: string): string[] {
  if (!hasChinese(text)) return [];
  let rest = text;
  const found: string[] = [];
  for (const [term, english] of LOOKUP) {
    if (!rest.includes(term)) continue;
    found.push(english);
    rest = rest.split(term).join(' ');
  }
  return [...new Set(found)];
}
