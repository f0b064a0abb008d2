// The notices a target market requires, by market/subdivision and category: text templates per language and the
// knowledge-base documents that back each one (every document must resolve, or the notice is not given).
// Placeholders in {braces} are filled from the seller's `details` input; unfilled ones stay visible as [name].

export interface NoticeRule {
  id: string;
  title: string;
  /** Rule codes it applies to: `EU` (every member state), a country, or a subdivision such as `US-CA`. */
  markets: string[];
  /** Category ids, or `all`. */
  categories: string[] | 'all';
  /** Only on these platforms (marketplace policies); absent = every platform. */
  platforms?: string[];
  /** `listing_text`: put this text in the listing. `requirement`: what the listing or product must have. */
  kind: 'listing_text' | 'requirement';
  /** Text by language; `en` is the fallback. */
  templates: Record<string, string>;
  /** When the notice applies, if not always. */
  condition?: string;
  documents: string[];
}

export const NOTICE_RULES: NoticeRule[] = [
  {
    id: 'eu-gpsr-listing-info',
    title: 'GPSR: manufacturer, EU responsible person and safety information in the listing',
    markets: ['EU'],
    categories: 'all',
    kind: 'listing_text',
    templates: {
      en: 'Manufacturer: {manufacturer}. EU responsible person: {eu_responsible_person}. Product identifier: {product_id}. Warnings and safety information: see below and on the packaging.',
      de: 'Hersteller: {manufacturer}. Verantwortliche Person in der EU: {eu_responsible_person}. Produktkennung: {product_id}. Warn- und Sicherheitshinweise: siehe unten und auf der Verpackung.',
      fr: "Fabricant : {manufacturer}. Personne responsable dans l'UE : {eu_responsible_person}. Identifiant du produit : {product_id}. Avertissements et consignes de sécurité : voir ci-dessous et sur l'emballage.",
      it: "Fabbricante: {manufacturer}. Persona responsabile nell'UE: {eu_responsible_person}. Identificativo del prodotto: {product_id}. Avvertenze e informazioni di sicurezza: vedere sotto e sulla confezione.",
      es: 'Fabricante: {manufacturer}. Persona responsable en la UE: {eu_responsible_person}. Identificador del producto: {product_id}. Advertencias e información de seguridad: véase abajo y en el embalaje.',
      nl: 'Fabrikant: {manufacturer}. Verantwoordelijke persoon in de EU: {eu_responsible_person}. Productidentificatie: {product_id}. Waarschuwingen en veiligheidsinformatie: zie hieronder en op de verpakking.',
      pl: 'Producent: {manufacturer}. Osoba odpowiedzialna w UE: {eu_responsible_person}. Identyfikator produktu: {product_id}. Ostrzeżenia i informacje o bezpieczeństwie: patrz poniżej i na opakowaniu.',
    },
    documents: ['eu-gpsr-online-listing-info', 'eu-gpsr-eu-responsible-person'],
  },
  {
    id: 'eu-marketplace-gpsr-fields',
    title:
      'Marketplace GPSR fields: enter manufacturer and EU responsible person in the seller account',
    markets: ['EU'],
    categories: 'all',
    platforms: ['amazon', 'tiktok_shop'],
    kind: 'requirement',
    templates: {
      en: 'Fill in the GPSR attributes (manufacturer and EU responsible person contact details, safety documents) in the marketplace seller account; listings without them can be suppressed.',
    },
    documents: ['eu-marketplace-gpsr-listing-fields'],
  },
  {
    id: 'eu-toys-small-parts-warning',
    title: 'Toy age warning in the local language',
    markets: ['EU'],
    categories: ['toys'],
    kind: 'listing_text',
    condition: 'if the toy contains small parts and is not meant for children under 3',
    templates: {
      en: 'Warning! Not suitable for children under 36 months. Small parts. Choking hazard.',
      de: 'Achtung! Nicht für Kinder unter 36 Monaten geeignet. Verschluckbare Kleinteile. Erstickungsgefahr.',
      fr: "Attention ! Ne convient pas aux enfants de moins de 36 mois. Petits éléments. Risque d'étouffement.",
      it: 'Attenzione! Non adatto a bambini di età inferiore a 36 mesi. Piccole parti. Pericolo di soffocamento.',
      es: '¡Advertencia! No conveniente para niños menores de 36 meses. Piezas pequeñas. Riesgo de asfixia.',
      nl: 'Waarschuwing! Niet geschikt voor kinderen jonger dan 36 maanden. Kleine onderdelen. Verstikkingsgevaar.',
      pl: 'Ostrzeżenie! Nieodpowiednie dla dzieci poniżej 36 miesięcy. Małe części. Ryzyko zadławienia.',
    },
    documents: ['eu-toy-safety-directive-en71'],
  },
  {
    id: 'eu-cosmetics-responsible-person',
    title: 'Cosmetics: EU responsible person, CPNP notification and ingredient list',
    markets: ['EU'],
    categories: ['cosmetics'],
    kind: 'requirement',
    templates: {
      en: 'Show the EU responsible person ({eu_responsible_person}), the full ingredient list (INCI), nominal content, durability or period after opening and precautions; notify the product in CPNP before selling.',
    },
    documents: ['eu-cosmetics-rp-cpnp'],
  },
  {
    id: 'de-weee-registration-number',
    title: 'Germany: WEEE registration number for electrical and electronic equipment',
    markets: ['DE'],
    categories: ['electronics', 'radio-equipment', 'batteries'],
    kind: 'listing_text',
    templates: {
      en: 'WEEE reg. no. DE {weee_number}',
      de: 'WEEE-Reg.-Nr. DE {weee_number}',
    },
    documents: ['de-elektrog-weee-registration'],
  },
  {
    id: 'fr-french-language',
    title: 'France: the offer, description, instructions and warranty in French',
    markets: ['FR'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'The product name, offer, description, instructions for use and warranty must be in French (Toubon Law); other languages may be added but not more prominently.',
      fr: "La désignation, l'offre, la description, le mode d'emploi et la garantie doivent être rédigés en français (loi Toubon) ; une traduction peut être ajoutée, sans être plus lisible que le français.",
    },
    documents: ['fr-french-language-toubon'],
  },
  {
    id: 'es-spanish-language',
    title: 'Spain: product information at least in Spanish',
    markets: ['ES'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Identification data, instructions and warnings must be available at least in Spanish.',
    },
    documents: ['es-spanish-labeling-rd-1468-1988'],
  },
  {
    id: 'it-italian-language',
    title: 'Italy: product information in Italian',
    markets: ['IT'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Product name, producer or EU importer, origin if outside the EU, materials, instructions and precautions must be shown in Italian.',
    },
    documents: ['it-italian-language-labeling'],
  },
  {
    id: 'pl-polish-language',
    title: 'Poland: offer, description and warnings in Polish',
    markets: ['PL'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Product name, offer, description, warnings, instructions and warranty must have a Polish version.',
    },
    documents: ['pl-polish-language-act'],
  },
  {
    id: 'gb-uk-importer',
    title: 'Great Britain: UK importer name and address',
    markets: ['GB'],
    categories: 'all',
    kind: 'listing_text',
    condition: 'when the manufacturer is outside the UK',
    templates: { en: 'Manufacturer: {manufacturer}. UK importer: {uk_importer}.' },
    documents: ['gb-uk-importer-address'],
  },
  {
    id: 'gb-cosmetics-responsible-person',
    title: 'Great Britain: UK responsible person and SCPN notification for cosmetics',
    markets: ['GB'],
    categories: ['cosmetics'],
    kind: 'requirement',
    templates: {
      en: 'Name a UK-established responsible person ({uk_responsible_person}) and notify the product through SCPN before it is sold in Great Britain.',
    },
    documents: ['gb-cosmetics-scpn'],
  },
  {
    id: 'us-ca-prop65-warning',
    title: 'California Proposition 65 warning on the product page',
    markets: ['US-CA'],
    categories: 'all',
    kind: 'listing_text',
    condition:
      'if the product can expose users to a chemical on the Prop 65 list (name at least one chemical per endpoint)',
    templates: {
      en: '⚠ CA WARNING: This product can expose you to {prop65_chemical}, which is known to the State of California to cause {prop65_endpoint}. For more information go to www.P65Warnings.ca.gov.',
    },
    documents: ['us-ca-prop65-warnings', 'us-ca-prop65-short-form-2025'],
  },
  {
    id: 'us-childrens-product-certificate',
    title: "United States: children's product certificate and tracking labels",
    markets: ['US'],
    categories: ['toys'],
    kind: 'requirement',
    templates: {
      en: "Third-party test the toy at a CPSC-accepted lab, issue a Children's Product Certificate (CPC) and put tracking labels on the product and packaging.",
    },
    documents: ['us-cpsia-childrens-products-cpc'],
  },
  {
    id: 'us-cosmetics-mocra',
    title: 'United States: MoCRA facility registration and product listing',
    markets: ['US'],
    categories: ['cosmetics'],
    kind: 'requirement',
    templates: {
      en: 'Register the manufacturing facility with FDA (with a US agent for foreign facilities) and list the product with its ingredients under MoCRA; FDA does not approve cosmetics, so do not claim it does.',
    },
    documents: ['us-mocra-registration-listing'],
  },
  {
    id: 'ca-bilingual-label',
    title: 'Canada: product identity and net quantity in English and French, metric net quantity',
    markets: ['CA'],
    categories: 'all',
    kind: 'listing_text',
    templates: {
      en: '{product_identity_en} / {product_identity_fr}. Net quantity: {net_quantity}. Dealer: {dealer}.',
      fr: '{product_identity_fr} / {product_identity_en}. Quantité nette : {net_quantity}. Fournisseur : {dealer}.',
    },
    documents: ['ca-cpla-bilingual-labels'],
  },
  {
    id: 'ca-qc-french',
    title: 'Quebec: every inscription and the listing in French',
    markets: ['CA-QC'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Every inscription on the product, packaging and documents, and the listing and advertising aimed at Quebec, must be in French; no other language may be more prominent. Only trademarks registered in Canada may stay in another language, with generic terms in French.',
      fr: "Toutes les inscriptions sur le produit, l'emballage et les documents, ainsi que la fiche produit et la publicité destinées au Québec, doivent être en français ; aucune autre langue ne peut avoir une place plus importante. Seules les marques déposées au Canada peuvent rester dans une autre langue, les termes génériques devant figurer en français.",
    },
    documents: ['ca-qc-bill96-labelling-2025'],
  },
  {
    id: 'sa-arabic-safety-origin',
    title: 'Saudi Arabia: safety warnings in Arabic and country of origin',
    markets: ['SA'],
    categories: 'all',
    kind: 'listing_text',
    templates: {
      ar: 'تحذير: اقرأ تعليمات السلامة قبل الاستخدام. صنع في {country_of_origin_ar} / Made in {country_of_origin}.',
      en: 'Warning: read the safety instructions before use. Made in {country_of_origin}. (Safety warnings and instructions must be in Arabic, or Arabic and English.)',
    },
    documents: ['sa-arabic-labeling'],
  },
  {
    id: 'sa-conformity-saber',
    title: 'Saudi Arabia: SABER product and shipment certificates',
    markets: ['SA'],
    categories: ['electronics', 'radio-equipment', 'batteries', 'toys', 'cosmetics'],
    kind: 'requirement',
    templates: {
      en: 'Get a Product Certificate of Conformity (where a SASO technical regulation applies) and a Shipment Certificate of Conformity in SABER before shipping.',
    },
    documents: ['sa-saber-conformity'],
  },
  {
    id: 'sa-halal-meat',
    title: 'Saudi Arabia: Halal certificates for meat and poultry',
    markets: ['SA'],
    categories: ['food'],
    kind: 'requirement',
    condition: 'if the product contains meat or poultry',
    templates: {
      en: 'Each shipment of meat or poultry needs a Halal certificate for the manufacturer and a Halal shipment certificate.',
    },
    documents: ['sa-halal-meat'],
  },
  {
    id: 'jp-scta-disclosure',
    title: 'Japan: Specified Commercial Transactions Act disclosure',
    markets: ['JP'],
    categories: 'all',
    kind: 'listing_text',
    templates: {
      ja: '特定商取引法に基づく表記：販売業者 {seller_name}／所在地 {seller_address}／電話番号 {seller_phone}／返品・交換 {return_policy}',
      en: 'Specified Commercial Transactions Act disclosure: seller {seller_name}; address {seller_address}; phone {seller_phone}; returns {return_policy}.',
    },
    documents: ['jp-specified-commercial-transactions-act'],
  },
  {
    id: 'jp-pse-mark',
    title: 'Japan: PSE mark and specified-importer duties for electrical products',
    markets: ['JP'],
    categories: ['electronics', 'batteries'],
    kind: 'requirement',
    condition: 'if the product is on the DENAN list (e.g. AC adapters, chargers, power banks)',
    templates: {
      en: 'Show the PSE mark (diamond PSE with third-party certification for specified items) and the registered importer name; overseas sellers selling directly need METI notification and a Japan-based domestic administrator.',
      ja: 'PSEマーク（特定電気用品はひし形PSE・第三者認証）と届出事業者名を表示してください。海外から直接販売する事業者は経済産業省への届出と国内管理人の選任が必要です。',
    },
    documents: ['jp-pse-mark', 'jp-product-safety-four-laws-2025'],
  },
  {
    id: 'jp-giteki',
    title: 'Japan: Giteki (technical conformity) mark for radio equipment',
    markets: ['JP'],
    categories: ['radio-equipment'],
    kind: 'requirement',
    templates: {
      en: 'Radio equipment needs Japanese technical conformity certification and the Giteki mark with its number; FCC or CE approvals are not accepted.',
      ja: '無線機器は技術基準適合証明（技適）を取得し、技適マークと番号を表示してください。FCC・CEの認証は認められません。',
    },
    documents: ['jp-radio-law-giteki'],
  },
  {
    id: 'jp-cosmetics-mah',
    title: 'Japan: cosmetics through a licensed marketing authorization holder',
    markets: ['JP'],
    categories: ['cosmetics'],
    kind: 'requirement',
    templates: {
      en: 'Cosmetics must be placed on the Japanese market by a Japan-based marketing authorization holder with a cosmetics licence, which files the notifications before sale.',
    },
    documents: ['jp-cosmetics-pmd-act'],
  },
  {
    id: 'jp-childrens-products',
    title: "Japan: product safety laws for toys and children's products",
    markets: ['JP'],
    categories: ['toys'],
    kind: 'requirement',
    templates: {
      en: "Specified children's products (e.g. toys for infants) need PSC conformity; overseas sellers selling directly must notify METI and appoint a Japan-based domestic administrator.",
    },
    documents: ['jp-product-safety-four-laws-2025'],
  },
  {
    id: 'mx-spanish-commercial-information',
    title: 'Mexico: commercial information in Spanish (NOM-050 / NOM-024)',
    markets: ['MX'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Show product name, manufacturer or Mexican importer name and address, country of origin, instructions and warnings in Spanish.',
    },
    documents: ['mx-nom-050-024-labeling'],
  },
  {
    id: 'ae-label-contents',
    title: 'United Arab Emirates: label contents',
    markets: ['AE'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Show name, components, quantity, "Made in {country_of_origin}", producer or importer name and address, dates, storage and use conditions and clear warnings including at-risk age groups.',
    },
    documents: ['ae-labeling-requirements'],
  },
  {
    id: 'vn-vietnamese-label',
    title: 'Vietnam: mandatory label content in Vietnamese',
    markets: ['VN'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Mandatory label content (name, responsible organisation, origin...) must be in Vietnamese; imports may use a Vietnamese sub-label.',
    },
    documents: ['vn-labeling-vietnamese'],
  },
  {
    id: 'id-indonesian-label-sni',
    title: 'Indonesia: Indonesian-language labels and SNI certification',
    markets: ['ID'],
    categories: 'all',
    kind: 'requirement',
    templates: {
      en: 'Labels must be in Indonesian; products under mandatory SNI (e.g. toys, many electricals) need SNI certification and the SNI mark.',
    },
    documents: ['id-sni-indonesian-labels'],
  },
];

/** Arabic names for common countries of origin (for the Saudi "Made in" line). */
export const ARABIC_COUNTRY_NAMES: Record<string, string> = {
  CN: 'الصين',
  US: 'الولايات المتحدة',
  DE: 'ألمانيا',
  JP: 'اليابان',
  KR: 'كوريا الجنوبية',
  VN: 'فيتنام',
  IN: 'الهند',
  TR: 'تركيا',
  GB: 'المملكة المتحدة',
  FR: 'فرنسا',
  IT: 'إيطاليا',
  TH: 'تايلاند',
  ID: 'إندونيسيا',
  MY: 'ماليزيا',
};
