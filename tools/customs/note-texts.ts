// The notes and needs landed_cost writes, in English and Chinese: the output carries the English text, and the
// answer reads it back into the seller's language.
import { messageCatalog, type MessageTexts } from '../../core/message-catalog';

export const NOTES = {
  assumedIoss: {
    en: 'Assumed the seller uses IOSS (set ioss to false if not).',
    'zh-Hans': '假设卖家使用 IOSS（如未使用，请将 ioss 设为 false）。',
    'zh-Hant': '假設賣家使用 IOSS（如未使用，請將 ioss 設為 false）。',
  },
  assumedRegistered: {
    en: 'Assumed the seller is registered to collect VAT/GST at the sale.',
    'zh-Hans': '假设卖家已登记，可在销售时代收增值税/GST。',
    'zh-Hant': '假設賣家已登記，可在銷售時代收增值稅/GST。',
  },
  classifiedCode: {
    en: 'HS code {code} for "{item}" is classify_hs\'s best match ({heading}); confirm it or give hs_code.',
    'zh-Hans':
      '“{item}”的 HS 编码 {code} 是 classify_hs 的最佳匹配（{heading}）；请核实或填写 hs_code。',
    'zh-Hant':
      '「{item}」的 HS 編碼 {code} 是 classify_hs 的最佳匹配（{heading}）；請核實或填寫 hs_code。',
  },
  assumedDdp: {
    en: 'Assumed DDP: the seller pays any import charges.',
    'zh-Hans': '假设为 DDP：进口税费由卖家承担。',
    'zh-Hant': '假設為 DDP：進口稅費由賣家承擔。',
  },
  fx: {
    en: 'Converted between {from} and {to} with the {origin} FX table of {date}.',
    'zh-Hans': '{from} 与 {to} 之间按 {date} 的汇率表换算（{origin}）。',
    'zh-Hant': '{from} 與 {to} 之間按 {date} 的匯率表換算（{origin}）。',
  },
  cif: {
    en: 'Duty is charged on the customs value including shipping and insurance, shared between items by value.',
    'zh-Hans': '关税按含运费和保险费的完税价格计征，运费和保险费按货值分摊到各商品。',
    'zh-Hant': '關稅按含運費和保險費的完稅價格計徵，運費和保險費按貨值分攤到各商品。',
  },
  iossLimit: {
    en: 'IOSS covers consignments up to EUR {limit} only ({doc}): this parcel pays import VAT and duty at import.',
    'zh-Hans':
      'IOSS 仅适用于不超过 {limit} 欧元的包裹（{doc}）：此包裹在进口时缴纳进口增值税和关税。',
    'zh-Hant':
      'IOSS 僅適用於不超過 {limit} 歐元的包裹（{doc}）：此包裹在進口時繳納進口增值稅和關稅。',
  },
  euRelief: {
    en: 'No customs duty: before 1 July 2026 consignments up to EUR {limit} were relieved of duty ({doc}).',
    'zh-Hans': '无关税：2026 年 7 月 1 日前，不超过 {limit} 欧元的包裹免征关税（{doc}）。',
    'zh-Hant': '無關稅：2026 年 7 月 1 日前，不超過 {limit} 歐元的包裹免徵關稅（{doc}）。',
  },
  flatDuty: {
    en: 'Flat duty of EUR {rate} per distinct tariff sub-heading on IOSS parcels under EUR {limit}, from 1 July 2026 ({doc}).',
    'zh-Hans':
      '自 2026 年 7 月 1 日起，低于 {limit} 欧元的 IOSS 包裹按每个不同税则子目 {rate} 欧元征收固定关税（{doc}）。',
    'zh-Hant':
      '自 2026 年 7 月 1 日起，低於 {limit} 歐元的 IOSS 包裹按每個不同稅則子目 {rate} 歐元徵收固定關稅（{doc}）。',
  },
  subHeadingGuess: {
    en: 'Assumption: items without an HS code were counted as one tariff sub-heading per distinct category or description ({count} in all); the EUR {rate} duty counts distinct sub-headings, so give hs_code for an exact count.',
    'zh-Hans':
      '假设：没有 HS 编码的商品按不同品类或描述各计为一个税则子目（共 {count} 个）；{rate} 欧元关税按不同子目计算，请提供 hs_code 以便准确计数。',
    'zh-Hant':
      '假設：沒有 HS 編碼的商品按不同品類或描述各計為一個稅則子目（共 {count} 個）；{rate} 歐元關稅按不同子目計算，請提供 hs_code 以便準確計數。',
  },
  flatNeedsIoss: {
    en: 'The flat EUR {rate} duty applies to IOSS sales ({doc}); without IOSS the EUR 150 relief no longer applies, so the tariff rate is used.',
    'zh-Hans':
      '{rate} 欧元固定关税仅适用于 IOSS 销售（{doc}）；不使用 IOSS 时 150 欧元免税已不再适用，因此按税则税率计算。',
    'zh-Hant':
      '{rate} 歐元固定關稅僅適用於 IOSS 銷售（{doc}）；不使用 IOSS 時 150 歐元免稅已不再適用，因此按稅則稅率計算。',
  },
  normal2028: {
    en: 'Normal tariff rates apply to all low-value parcels from 1 July 2028 (planned, {doc}).',
    'zh-Hans': '自 2028 年 7 月 1 日起，所有低价值包裹按正常税则税率征税（计划中，{doc}）。',
    'zh-Hant': '自 2028 年 7 月 1 日起，所有低價值包裹按正常稅則稅率徵稅（計劃中，{doc}）。',
  },
  iossVat: {
    en: 'VAT is charged at checkout through IOSS on the price the buyer pays, goods and delivery ({doc}).',
    'zh-Hans': '增值税通过 IOSS 在结账时按买家支付的价格（商品加运费）收取（{doc}）。',
    'zh-Hant': '增值稅透過 IOSS 在結帳時按買家支付的價格（商品加運費）收取（{doc}）。',
  },
  importVat: {
    en: 'Import VAT is due from the first euro on the customs value plus duty ({doc}).',
    'zh-Hans': '进口增值税从第一欧元起按完税价格加关税计征（{doc}）。',
    'zh-Hant': '進口增值稅從第一歐元起按完稅價格加關稅計徵（{doc}）。',
  },
  gbPointOfSale: {
    en: 'Consignment of GBP {limit} or less: VAT is charged at the point of sale, not at import ({doc}).',
    'zh-Hans': '包裹不超过 {limit} 英镑：增值税在销售时收取，而非进口时（{doc}）。',
    'zh-Hant': '包裹不超過 {limit} 英鎊：增值稅在銷售時收取，而非進口時（{doc}）。',
  },
  gbRegister: {
    en: 'Selling directly, you must register for UK VAT; on a marketplace the marketplace charges it.',
    'zh-Hans': '直接销售须注册英国增值税；通过平台销售时由平台代收。',
    'zh-Hant': '直接銷售須註冊英國增值稅；透過平台銷售時由平台代收。',
  },
  gbRelief: {
    en: 'No customs duty: consignments of GBP {limit} or less are relieved of duty; the relief is to end by October 2028 ({doc}).',
    'zh-Hans':
      '无关税：不超过 {limit} 英镑的包裹免征关税；该减免最迟于 2028 年 10 月取消（{doc}）。',
    'zh-Hant':
      '無關稅：不超過 {limit} 英鎊的包裹免徵關稅；該減免最遲於 2028 年 10 月取消（{doc}）。',
  },
  gbAbove: {
    en: 'Above GBP {limit}, import VAT and duty are paid at import ({doc}).',
    'zh-Hans': '超过 {limit} 英镑时，进口增值税和关税在进口时缴纳（{doc}）。',
    'zh-Hant': '超過 {limit} 英鎊時，進口增值稅和關稅在進口時繳納（{doc}）。',
  },
  auBorder: {
    en: 'No customs duty and no GST at the border for consignments of AUD {limit} or less ({doc}).',
    'zh-Hans': '不超过 {limit} 澳元的包裹在边境不征关税和 GST（{doc}）。',
    'zh-Hant': '不超過 {limit} 澳元的包裹在邊境不徵關稅和 GST（{doc}）。',
  },
  auRegistered: {
    en: 'GST is collected at the sale by the registered seller ({doc}).',
    'zh-Hans': 'GST 由已登记的卖家在销售时收取（{doc}）。',
    'zh-Hant': 'GST 由已登記的賣家在銷售時收取（{doc}）。',
  },
  auUnregistered: {
    en: 'No GST charged: the seller is not registered. Sellers with Australian sales of AUD {turnover} or more must register and charge {rate}% GST; marketplaces charge it on their sales ({doc}).',
    'zh-Hans':
      '未收 GST：卖家未登记。在澳销售额达到 {turnover} 澳元的卖家必须登记并收取 {rate}% GST；平台销售由平台收取（{doc}）。',
    'zh-Hant':
      '未收 GST：賣家未登記。在澳銷售額達到 {turnover} 澳元的賣家必須登記並收取 {rate}% GST；平台銷售由平台收取（{doc}）。',
  },
  auAbove: {
    en: 'Above AUD {limit}, duty and GST are paid at the border on a formal import declaration; import processing charges are not included ({doc}).',
    'zh-Hans':
      '超过 {limit} 澳元时，关税和 GST 在边境通过正式进口申报缴纳；未计入进口处理费（{doc}）。',
    'zh-Hant':
      '超過 {limit} 澳元時，關稅和 GST 在邊境透過正式進口申報繳納；未計入進口處理費（{doc}）。',
  },
  nzBorder: {
    en: 'Customs collects no duty, GST or border fees on consignments of NZD {limit} or less ({doc}).',
    'zh-Hans': '不超过 {limit} 新西兰元的包裹，海关不征关税、GST 和边境费用（{doc}）。',
    'zh-Hant': '不超過 {limit} 紐西蘭元的包裹，海關不徵關稅、GST 和邊境費用（{doc}）。',
  },
  nzUnregistered: {
    en: 'No GST charged: the seller is not registered. Sellers whose sales to New Zealand consumers exceed NZD {turnover} in 12 months must register and charge {rate}% GST; marketplaces charge it on their sales ({doc}).',
    'zh-Hans':
      '未收 GST：卖家未登记。12 个月内对新西兰消费者销售额超过 {turnover} 新西兰元的卖家必须登记并收取 {rate}% GST；平台销售由平台收取（{doc}）。',
    'zh-Hant':
      '未收 GST：賣家未登記。12 個月內對紐西蘭消費者銷售額超過 {turnover} 紐西蘭元的賣家必須登記並收取 {rate}% GST；平台銷售由平台收取（{doc}）。',
  },
  nzAbove: {
    en: 'Above NZD {limit}, Customs collects duty and GST at the border; the import entry transaction fee and biosecurity levy are not included ({doc}).',
    'zh-Hans':
      '超过 {limit} 新西兰元时，海关在边境征收关税和 GST；未计入进口报关手续费和生物安全费（{doc}）。',
    'zh-Hant':
      '超過 {limit} 紐西蘭元時，海關在邊境徵收關稅和 GST；未計入進口報關手續費和生物安全費（{doc}）。',
  },
  roFee: {
    en: 'Romania charges RON {fee} per non-EU parcel under EUR {limit}, owed by the seller, sender or platform whatever the incoterm and collected by the courier ({doc}).',
    'zh-Hans':
      '罗马尼亚对货值低于 {limit} 欧元的非欧盟包裹每件收取 {fee} 罗马尼亚列伊，无论贸易术语如何都由卖家、寄件人或平台承担，由快递公司代收（{doc}）。',
    'zh-Hant':
      '羅馬尼亞對貨值低於 {limit} 歐元的非歐盟包裹每件收取 {fee} 羅馬尼亞列伊，無論貿易術語如何都由賣家、寄件人或平台承擔，由快遞公司代收（{doc}）。',
  },
  usBefore: {
    en: 'No duty: shipments of USD {limit} or less entered duty-free before 29 August 2025 ({doc}).',
    'zh-Hans': '无关税：2025 年 8 月 29 日前，不超过 {limit} 美元的货件免税入境（{doc}）。',
    'zh-Hant': '無關稅：2025 年 8 月 29 日前，不超過 {limit} 美元的貨件免稅入境（{doc}）。',
  },
  usSuspended: {
    en: 'Duty is due on every parcel: the USD 800 de minimis is suspended for all countries since 29 August 2025 ({doc}).',
    'zh-Hans':
      '每个包裹都须缴纳关税：自 2025 年 8 月 29 日起，800 美元小额豁免对所有国家暂停（{doc}）。',
    'zh-Hant':
      '每個包裹都須繳納關稅：自 2025 年 8 月 29 日起，800 美元小額豁免對所有國家暫停（{doc}）。',
  },
  usSurchargeLapsed: {
    en: 'The 10% Section 122 surcharge was due to lapse on 24 July 2026 and no source on what followed is in the knowledge base: check CBP for surcharges in force ({doc}).',
    'zh-Hans':
      '10% 的第 122 条附加税原定于 2026 年 7 月 24 日到期，知识库中没有之后情况的来源：请向 CBP 核实现行附加税（{doc}）。',
    'zh-Hant':
      '10% 的第 122 條附加稅原定於 2026 年 7 月 24 日到期，知識庫中沒有之後情況的來源：請向 CBP 核實現行附加稅（{doc}）。',
  },
  usSpecial: {
    en: 'Special duties (Section 301 on goods from China, anti-dumping) are not included: check them for your product.',
    'zh-Hans': '未计入特别关税（对中国商品的 301 条款关税、反倾销税）：请针对你的产品核实。',
    'zh-Hant': '未計入特別關稅（對中國商品的 301 條款關稅、反傾銷稅）：請針對你的產品核實。',
  },
  usSalesTax: {
    en: 'No federal VAT: state sales tax depends on the buyer’s state and on your nexus there, and marketplaces collect it on their sales; it is not included ({doc}).',
    'zh-Hans':
      '美国没有联邦增值税：州销售税取决于买家所在州及你在该州的关联，平台销售由平台代收；未计入（{doc}）。',
    'zh-Hant':
      '美國沒有聯邦增值稅：州銷售稅取決於買家所在州及你在該州的關聯，平台銷售由平台代收；未計入（{doc}）。',
  },
  jpExempt: {
    en: 'No consumption tax and no duty: imports of JPY {limit} or less are exempt until 31 March 2028 ({doc}).',
    'zh-Hans': '无消费税和关税：2028 年 3 月 31 日前，不超过 {limit} 日元的进口免税（{doc}）。',
    'zh-Hant': '無消費稅和關稅：2028 年 3 月 31 日前，不超過 {limit} 日圓的進口免稅（{doc}）。',
  },
  jpJct: {
    en: 'Consumption tax is charged at import at {rate}% (8% for qualifying food) on the customs value plus duty ({doc}).',
    'zh-Hans': '消费税在进口时按完税价格加关税的 {rate}% 征收（符合条件的食品为 8%）（{doc}）。',
    'zh-Hant': '消費稅在進口時按完稅價格加關稅的 {rate}% 徵收（符合條件的食品為 8%）（{doc}）。',
  },
  caFree: {
    en: 'No duty and no tax: parcels up to CAD {limit} enter free ({doc}).',
    'zh-Hans': '无关税和税款：不超过 {limit} 加元的包裹免税入境（{doc}）。',
    'zh-Hant': '無關稅和稅款：不超過 {limit} 加元的包裹免稅入境（{doc}）。',
  },
  caAbove: {
    en: 'Above CAD {limit}, parcels from outside the US and Mexico pay duty and tax ({doc}).',
    'zh-Hans': '超过 {limit} 加元时，来自美国和墨西哥以外的包裹须缴纳关税和税款（{doc}）。',
    'zh-Hant': '超過 {limit} 加元時，來自美國和墨西哥以外的包裹須繳納關稅和稅款（{doc}）。',
  },
  caGst: {
    en: 'Only the federal {rate}% GST is included: HST provinces charge 13-15% in all and QC, BC, MB and SK add their own tax ({doc}).',
    'zh-Hans':
      '仅计入联邦 {rate}% GST：HST 省份合计 13-15%，魁北克、BC、曼尼托巴和萨斯喀彻温另收省税（{doc}）。',
    'zh-Hant':
      '僅計入聯邦 {rate}% GST：HST 省份合計 13-15%，魁北克、BC、曼尼托巴和薩斯喀徹溫另收省稅（{doc}）。',
  },
  dap: {
    en: 'DAP: the buyer pays the import charges on delivery, often with a carrier handling fee.',
    'zh-Hans': 'DAP：买家在收货时缴纳进口税费，通常还有承运商手续费。',
    'zh-Hant': 'DAP：買家在收貨時繳納進口稅費，通常還有承運商手續費。',
  },
  leftOut: {
    en: 'The totals leave out what is listed under needs.',
    'zh-Hans': '合计未包含"还缺"中列出的项目。',
    'zh-Hant': '合計未包含「還缺」中列出的項目。',
  },
  advice: {
    en: 'Not legal or tax advice: verify the figures against the cited sources.',
    'zh-Hans': '非法律或税务意见：请对照引用来源核实数字。',
    'zh-Hant': '非法律或稅務意見：請對照引用來源核實數字。',
  },
  needHs: {
    en: 'The HS code of "{item}" is missing, so its duty is not included or assumed: run classify_hs with the product description to get candidate codes, then give hs_code.',
    'zh-Hans':
      '"{item}"缺少 HS 编码，其关税未计入或为假设值：请用产品描述运行 classify_hs 获取候选编码，再提供 hs_code。',
    'zh-Hant':
      '「{item}」缺少 HS 編碼，其關稅未計入或為假設值：請用產品描述執行 classify_hs 取得候選編碼，再提供 hs_code。',
  },
  needLine: {
    en: 'The {area} duty on HS {code} ("{item}") depends on the national tariff line: {lines}. Give the full {tariff} code as hs_code, or the rate as duty_rates {"{code}": <percent>}.',
    'zh-Hans':
      '{area} 对 HS {code}（"{item}"）的关税取决于国家税目：{lines}。请以 hs_code 提供 {tariff} 中的完整编码，或以 duty_rates {"{code}": <百分比>} 提供税率。',
    'zh-Hant':
      '{area} 對 HS {code}（「{item}」）的關稅取決於國家稅目：{lines}。請以 hs_code 提供 {tariff} 中的完整編碼，或以 duty_rates {"{code}": <百分比>} 提供稅率。',
  },
  needRate: {
    en: 'The {area} duty rate of HS {code} ("{item}") is not in the bundled table, so its duty is not included: look it up in the {tariff} and give it as duty_rates {"{code}": <percent>}.',
    'zh-Hans':
      '内置税率表中没有 {area} 对 HS {code}（"{item}"）的关税税率，其关税未计入：请在 {tariff} 中查询，并以 duty_rates {"{code}": <百分比>} 提供。',
    'zh-Hant':
      '內建稅率表中沒有 {area} 對 HS {code}（「{item}」）的關稅稅率，其關稅未計入：請在 {tariff} 中查詢，並以 duty_rates {"{code}": <百分比>} 提供。',
  },
  needMemberState: {
    en: 'VAT is charged at the rate of the buyer’s member state: give the destination country (e.g. DE, FR).',
    'zh-Hans': '增值税按买家所在成员国的税率征收：请提供目的国（如 DE、FR）。',
    'zh-Hant': '增值稅按買家所在成員國的稅率徵收：請提供目的國（如 DE、FR）。',
  },
  needVatRate: {
    en: 'The VAT rate of {country} is not in the rules table: check the member state’s standard rate.',
    'zh-Hans': '规则表中没有 {country} 的增值税税率：请核实该成员国的标准税率。',
    'zh-Hant': '規則表中沒有 {country} 的增值稅稅率：請核實該成員國的標準稅率。',
  },
  needMarket: {
    en: 'The rules table has no duty and tax rules for {country} yet (covered: {covered}); ask compliance_lookup about its customs and VAT thresholds.',
    'zh-Hans':
      '规则表中暂无 {country} 的关税和税收规则（已覆盖：{covered}）；可用 compliance_lookup 查询其海关和增值税门槛。',
    'zh-Hant':
      '規則表中暫無 {country} 的關稅和稅收規則（已涵蓋：{covered}）；可用 compliance_lookup 查詢其海關和增值稅門檻。',
  },
} satisfies Record<string, MessageTexts>;

export type NoteId = keyof typeof NOTES;

/** `note(id, vars)` writes a note in English (what the output carries); `translateNote(text, lang)` reads an English
 * note (or need) back in `lang`. */
export const { text: note, translate: translateNote } = messageCatalog(NOTES);
