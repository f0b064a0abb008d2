// Template phrases per ad language: the words templates put around a product name ({x}), brand ({b}) and discount
// ({d}). Languages without a pack get English phrases and a note saying so.
export interface PhrasePack {
  shop: string;
  cta: string;
  with: string;
  off: string;
  /** The product by its brand. */
  byBrand: string;
  /** More short headlines around the name, claim-free. */
  headlines: string[];
  /** Whole sentences around the name, claim-free. */
  bodies: string[];
}

export const PHRASES: Record<string, PhrasePack> = {
  en: {
    shop: 'Shop {x}',
    cta: 'Shop now',
    with: 'with',
    off: '{d}% off',
    byBrand: '{x} by {b}',
    headlines: ['{x} Online', 'Order {x} Today', 'Find Your {x}', 'New {x}'],
    bodies: [
      'Discover {x}. Order online today.',
      'Looking for {x}? Find yours here and order online.',
    ],
  },
  de: {
    shop: '{x} entdecken',
    cta: 'Jetzt kaufen',
    with: 'mit',
    off: '{d} % Rabatt',
    byBrand: '{x} von {b}',
    headlines: ['{x} online', '{x} bestellen', 'Neu: {x}'],
    bodies: ['Entdecken Sie {x}. Jetzt online bestellen.', '{x} bequem online bestellen.'],
  },
  fr: {
    shop: 'Découvrez {x}',
    cta: 'Achetez maintenant',
    with: 'avec',
    off: '-{d} %',
    byBrand: '{x} de {b}',
    headlines: ['{x} en ligne', 'Commandez {x}'],
    bodies: ["Découvrez {x}. Commandez en ligne dès aujourd'hui.", '{x} à commander en ligne.'],
  },
  es: {
    shop: 'Descubre {x}',
    cta: 'Compra ahora',
    with: 'con',
    off: '{d} % de descuento',
    byBrand: '{x} de {b}',
    headlines: ['{x} online', 'Compra {x}', 'Pide {x} hoy'],
    bodies: ['Descubre {x}. Compra online hoy.', 'Encuentra {x} y pide online.'],
  },
  it: {
    shop: 'Scopri {x}',
    cta: 'Acquista ora',
    with: 'con',
    off: '-{d}%',
    byBrand: '{x} di {b}',
    headlines: ['{x} online', 'Ordina {x}'],
    bodies: ['Scopri {x}. Ordina online oggi.', '{x} da ordinare online.'],
  },
  nl: {
    shop: 'Ontdek {x}',
    cta: 'Koop nu',
    with: 'met',
    off: '{d}% korting',
    byBrand: '{x} van {b}',
    headlines: ['{x} online', 'Bestel {x}'],
    bodies: ['Ontdek {x}. Bestel vandaag online.', '{x} eenvoudig online bestellen.'],
  },
  pl: {
    shop: 'Odkryj {x}',
    cta: 'Kup teraz',
    with: 'z',
    off: '-{d}%',
    byBrand: '{x} marki {b}',
    headlines: ['{x} online', 'Zamów {x}'],
    bodies: ['Odkryj {x}. Zamów online już dziś.', '{x} do zamówienia online.'],
  },
  pt: {
    shop: 'Conheça {x}',
    cta: 'Compre agora',
    with: 'com',
    off: '{d}% de desconto',
    byBrand: '{x} da {b}',
    headlines: ['{x} online', 'Compre {x}'],
    bodies: ['Conheça {x}. Compre online hoje.', 'Encontre {x} e peça online.'],
  },
  ja: {
    shop: '{x}をチェック',
    cta: '今すぐ購入',
    with: '・',
    off: '{d}%オフ',
    byBrand: '{b}の{x}',
    headlines: ['{x}を通販で', '{x}を注文'],
    bodies: ['{x}をチェック。今すぐオンラインで注文。', '{x}をオンラインで注文できます。'],
  },
  zh: {
    shop: '选购{x}',
    cta: '立即购买',
    with: '，',
    off: '立减{d}%',
    byBrand: '{b}{x}',
    headlines: ['{x}，在线下单', '立即选购{x}'],
    bodies: ['{x}，现在就在网上下单。', '选购{x}，点击立即购买。'],
  },
  ko: {
    shop: '{x} 구매하기',
    cta: '지금 구매',
    with: '·',
    off: '{d}% 할인',
    byBrand: '{b} {x}',
    headlines: ['{x} 온라인 구매', '{x} 지금 주문'],
    bodies: ['{x}, 지금 온라인으로 주문하세요.', '{x} 구매는 온라인에서 바로.'],
  },
  id: {
    shop: 'Belanja {x}',
    cta: 'Beli sekarang',
    with: 'dengan',
    off: 'Diskon {d}%',
    byBrand: '{x} dari {b}',
    headlines: ['{x} Online', 'Pesan {x} Sekarang'],
    bodies: ['Temukan {x}. Pesan online hari ini.', 'Belanja {x} secara online sekarang.'],
  },
  ms: {
    shop: 'Beli {x}',
    cta: 'Beli sekarang',
    with: 'dengan',
    off: 'Diskaun {d}%',
    byBrand: '{x} oleh {b}',
    headlines: ['{x} dalam talian', 'Pesan {x} sekarang'],
    bodies: ['Dapatkan {x}. Pesan dalam talian hari ini.', 'Beli {x} dalam talian sekarang.'],
  },
};

export function phrasePackLanguage(language: string): string {
  return PHRASES[language] ? language : 'en';
}
