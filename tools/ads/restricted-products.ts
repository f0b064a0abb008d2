// Products ad platforms restrict or prohibit (CBD, supplements with health claims, weapons, adult products, tobacco
// and vapes, prescription drugs): detection in the product text and each platform's policy, summarised with its source.
import { escapeRegExp } from '../../core/regexp';
import { EXCLUDED_PRODUCTS } from '../../core/domain/categories';
import type { AdPlatform } from './platform-specs';

export type RestrictedClass =
  'cbd' | 'supplement-health-claims' | 'weapons' | 'adult' | 'tobacco-vapes' | 'prescription-drugs';

export type PolicyStatus = 'prohibited' | 'restricted';

/** Latin-script words match as whole words (a regex fragment each); Chinese words anywhere. */
const words = (list: string[]) => {
  const cjk = list.filter((w) => /[\u3400-\u9fff]/.test(w));
  const latin = list.filter((w) => !cjk.includes(w));
  return new RegExp(
    [`(?:^|[^\\p{L}])(?:${latin.join('|')})(?=$|[^\\p{L}])`, ...cjk].join('|'),
    'iu',
  );
};

const DETECT: Record<Exclude<RestrictedClass, 'supplement-health-claims'>, RegExp> = {
  cbd: words([
    'cbd',
    'cannabidiol',
    'hemp extract',
    'hemp oil',
    'cannabis',
    'thc',
    'marijuana',
    '大麻',
    '大麻二酚',
  ]),
  weapons: words([
    '(?<!(?:glue|massage|water|nail|heat|spray|toy|squirt|bubble|caulk|staple|grease|paint|foam|fascia|tattoo|soldering|air|nerf)\\s)guns?',
    'firearms?',
    'rifles?',
    'pistols?',
    'handguns?',
    'ammunition',
    'ammo',
    'gun parts?',
    'silencers?',
    'suppressors?',
    'tasers?',
    'stun guns?',
    'brass knuckles',
    'switchblades?',
    'butterfly knife',
    'crossbows?',
    'pepper spray',
    '枪支',
    '槍支',
    '弹药',
    '彈藥',
    '电击枪',
    '電擊槍',
  ]),
  adult: words(EXCLUDED_PRODUCTS.aliases.map((a) => escapeRegExp(a))),
  'tobacco-vapes': words([
    'tobacco',
    'cigarettes?',
    'cigars?',
    'e-cigarettes?',
    'e-cigs?',
    'vapes?',
    'vaping',
    'vape pens?',
    'e-liquids?',
    'nicotine',
    'hookah',
    'shisha',
    'rolling papers',
    '烟草',
    '菸草',
    '香烟',
    '香菸',
    '电子烟',
    '電子煙',
    '烟油',
    '尼古丁',
  ]),
  'prescription-drugs': words([
    'prescription (?:drugs?|medicines?|medications?)',
    'rx (?:drugs?|only)',
    'antibiotics?',
    'viagra',
    'sildenafil',
    'tadalafil',
    'semaglutide',
    'ozempic',
    'opioids?',
    'oxycodone',
    'isotretinoin',
    '处方药',
    '處方藥',
    '抗生素',
  ]),
};

const SUPPLEMENT = words([
  'supplements?',
  'vitamins?',
  'capsules?',
  'gummies',
  'probiotics?',
  'protein powder',
  'collagen',
  'fat burners?',
  'detox tea',
  'multivitamins?',
  '保健品',
  '营养品',
  '營養品',
  '维生素',
  '維生素',
  '胶囊',
  '膠囊',
  '益生菌',
]);

const HEALTH_CLAIM = words([
  'cures?',
  'treats?',
  'heals?',
  'prevents?',
  'weight loss',
  'lose weight',
  'burns? fat',
  'fat burning',
  'boosts? immunity',
  'immune boost(?:er|ing)?',
  'detox(?:ifies|ing)?',
  'lowers? (?:blood pressure|cholesterol|blood sugar)',
  'anti-aging',
  'anti-cancer',
  'diabetes',
  'anxiety',
  'depression',
  'arthritis',
  '减肥',
  '減肥',
  '治疗',
  '治療',
  '降血压',
  '降血壓',
  '增强免疫',
  '增強免疫',
  '排毒',
]);

export interface PlatformPolicy {
  status: PolicyStatus;
  /** What the platform allows, in one sentence for the seller. */
  policy: string;
  source: string;
}

const GOOGLE = 'Google Ads policies: ';
const META = 'Meta Advertising Standards: ';
const TIKTOK = 'TikTok Advertising Policies (industry entry): ';
const AMAZON = 'Amazon Ads creative acceptance policies and Amazon restricted products: ';
const SHOPEE = 'Shopee prohibited and restricted items list, and Shopee Ads guidelines: ';

const p = (status: PolicyStatus, policy: string, source: string): PlatformPolicy => ({
  status,
  policy,
  source,
});

const amazon: Record<RestrictedClass, PlatformPolicy> = {
  cbd: p(
    'prohibited',
    'Amazon does not allow CBD products to be sold or advertised.',
    `${AMAZON}Drugs and drug paraphernalia`,
  ),
  'supplement-health-claims': p(
    'restricted',
    'Dietary supplements may be advertised without disease or treatment claims; claims are removed from the copy.',
    `${AMAZON}Dietary supplements; Health claims`,
  ),
  weapons: p(
    'prohibited',
    'Firearms, ammunition and weapon parts are not sold or advertised on Amazon; other weapons are not eligible for ads.',
    `${AMAZON}Weapons`,
  ),
  adult: p(
    'prohibited',
    'Adult products are not eligible for Sponsored Brands or Sponsored Display ads; Sponsored Products shows them only in adult-product searches.',
    `${AMAZON}Adult products`,
  ),
  'tobacco-vapes': p(
    'prohibited',
    'Tobacco, e-cigarettes and vaping products are not sold or advertised on Amazon.',
    `${AMAZON}Tobacco and tobacco-related products`,
  ),
  'prescription-drugs': p(
    'prohibited',
    'Prescription drugs are not advertised; only licensed pharmacies sell them through Amazon Pharmacy.',
    `${AMAZON}Drugs and drug paraphernalia`,
  ),
};

export const AD_POLICIES: Record<AdPlatform, Record<RestrictedClass, PlatformPolicy>> = {
  google_search: {
    cbd: p(
      'restricted',
      'Only FDA-approved CBD medicines and topical hemp-derived CBD (THC ≤ 0.3%) in California, Puerto Rico and Colorado, with LegitScript certification; other CBD ads are disapproved.',
      `${GOOGLE}Healthcare and medicines (CBD)`,
    ),
    'supplement-health-claims': p(
      'restricted',
      'Supplements may run, but unproven health claims and unapproved substances are disapproved; claims are removed from the copy.',
      `${GOOGLE}Healthcare and medicines; Misrepresentation (unrealistic health claims)`,
    ),
    weapons: p(
      'prohibited',
      'Guns, gun parts, ammunition, explosives and combat knives cannot be advertised.',
      `${GOOGLE}Dangerous products or services (weapons)`,
    ),
    adult: p(
      'restricted',
      'Sex toys and other sexual content run only as "limited" ads: not shown to minors or where local law forbids, never sexually explicit.',
      `${GOOGLE}Sexual content`,
    ),
    'tobacco-vapes': p(
      'prohibited',
      'Tobacco and tobacco-related products, including e-cigarettes and vapes, cannot be advertised.',
      `${GOOGLE}Dangerous products or services (tobacco)`,
    ),
    'prescription-drugs': p(
      'restricted',
      'Only certified online pharmacies and manufacturers, in the few countries that allow it, may advertise prescription drugs.',
      `${GOOGLE}Healthcare and medicines (prescription drugs)`,
    ),
  },
  meta: {
    cbd: p(
      'restricted',
      'Ingestible CBD cannot be advertised; topical hemp-derived CBD only in the US, with LegitScript certification and Meta\u2019s prior permission.',
      `${META}Drugs and drug-related products (CBD)`,
    ),
    'supplement-health-claims': p(
      'restricted',
      'Unsafe supplements are prohibited; others may run without health claims, before-and-after pictures or body shaming, for 18+ where weight loss is involved.',
      `${META}Unsafe substances; Health and wellness`,
    ),
    weapons: p(
      'prohibited',
      'Firearms, ammunition, firearm parts and explosives cannot be sold through ads.',
      `${META}Weapons, ammunition and explosives`,
    ),
    adult: p(
      'prohibited',
      'Ads must not promote the sale or use of adult products (family planning and contraception excepted).',
      `${META}Adult products or services`,
    ),
    'tobacco-vapes': p(
      'prohibited',
      'Tobacco, e-cigarettes, vapes and related products cannot be advertised.',
      `${META}Tobacco and related products`,
    ),
    'prescription-drugs': p(
      'restricted',
      'Online pharmacies and prescription drugs need LegitScript certification and Meta\u2019s written permission.',
      `${META}Drugs and drug-related products (prescription drugs)`,
    ),
  },
  tiktok: {
    cbd: p(
      'prohibited',
      'CBD and cannabis products cannot be advertised.',
      `${TIKTOK}Drugs and drug paraphernalia`,
    ),
    'supplement-health-claims': p(
      'restricted',
      'Weight-loss supplements are prohibited; other supplements only without health claims and in markets that allow them.',
      `${TIKTOK}Weight management; Health supplements`,
    ),
    weapons: p(
      'prohibited',
      'Weapons, ammunition and their parts cannot be advertised.',
      `${TIKTOK}Weapons`,
    ),
    adult: p(
      'prohibited',
      'Sex toys and adult products cannot be advertised.',
      `${TIKTOK}Adult and sexual products`,
    ),
    'tobacco-vapes': p(
      'prohibited',
      'Tobacco, e-cigarettes and vapes cannot be advertised.',
      `${TIKTOK}Tobacco and e-cigarettes`,
    ),
    'prescription-drugs': p(
      'prohibited',
      'Prescription drugs cannot be advertised.',
      `${TIKTOK}Medicines and healthcare`,
    ),
  },
  amazon_sponsored_products: {
    ...amazon,
    adult: p(
      'restricted',
      'Sponsored Products ads for adult products are shown only in searches for adult products.',
      `${AMAZON}Adult products`,
    ),
  },
  amazon_sponsored_brands: amazon,
  amazon_sponsored_display: amazon,
  shopee: {
    cbd: p(
      'prohibited',
      'CBD and cannabis products are on Shopee\u2019s prohibited list.',
      `${SHOPEE}Drugs`,
    ),
    'supplement-health-claims': p(
      'restricted',
      'Supplements need local registration (e.g. BPOM, HSA, FDA Thailand) and no medical claims.',
      `${SHOPEE}Health supplements`,
    ),
    weapons: p(
      'prohibited',
      'Weapons, ammunition and replicas are on Shopee\u2019s prohibited list.',
      `${SHOPEE}Weapons`,
    ),
    adult: p(
      'prohibited',
      'Shop Search Ads may not be used for sexually explicit products; many Shopee sites ban adult products.',
      `${SHOPEE}Sexual content (ads.shopee.ph Shop Search Ads guidelines)`,
    ),
    'tobacco-vapes': p(
      'prohibited',
      'Tobacco, e-cigarettes and vapes are on Shopee\u2019s prohibited list.',
      `${SHOPEE}Tobacco`,
    ),
    'prescription-drugs': p(
      'prohibited',
      'Prescription medicines are on Shopee\u2019s prohibited list.',
      `${SHOPEE}Medicines`,
    ),
  },
};

export const CLASS_LABELS: Record<RestrictedClass, string> = {
  cbd: 'CBD and cannabis',
  'supplement-health-claims': 'Supplements with health claims',
  weapons: 'Weapons and ammunition',
  adult: 'Adult products',
  'tobacco-vapes': 'Tobacco, e-cigarettes and vapes',
  'prescription-drugs': 'Prescription drugs',
};

/** When these summaries were written; platforms change them often. */
export const POLICY_AS_OF = '2025';

export interface RestrictedFinding extends PlatformPolicy {
  class: RestrictedClass;
  label: string;
  platform: AdPlatform;
  as_of: string;
  status_note: string;
}

/** The restricted classes the product text falls into, with the platform's policy for each. */
export function restrictedFindings(text: string, platform: AdPlatform): RestrictedFinding[] {
  const classes: RestrictedClass[] = (Object.keys(DETECT) as Array<keyof typeof DETECT>).filter(
    (c) => DETECT[c].test(text),
  );
  // A supplement is restricted for what it claims, not for being one.
  if (SUPPLEMENT.test(text) && HEALTH_CLAIM.test(text)) classes.push('supplement-health-claims');
  return classes.map((c) => ({
    class: c,
    label: CLASS_LABELS[c],
    platform,
    ...AD_POLICIES[platform][c],
    as_of: POLICY_AS_OF,
    status_note:
      'Summary of the platform policy, not the policy text: platforms change these often, check the current page before you run the ad.',
  }));
}
