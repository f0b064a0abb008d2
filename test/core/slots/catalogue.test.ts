// The SKU, product-name and warehouse slots against a catalogue: codes, partial and plural titles, Chinese words.
import { describe, expect, it } from 'vitest';
import {
  findSkuCodes,
  findWarehouseMarkets,
  matchProducts,
  matchWarehouses,
} from '../../../core/slots/catalogue';

const products = [
  { sku: 'PB-1', title: 'Plush Bear 30cm - Brown' },
  { sku: 'PB-2', title: 'Plush Bear 30cm - White' },
  { sku: 'WB-1', title: 'Insulated Water Bottle 750ml - Black' },
  { sku: 'PC-1', title: 'Phone Case - Clear' },
  { sku: 'LT-1', title: 'LED Ramadan Lantern - Gold' },
  { sku: 'BM-1', title: 'Silicone Baking Mat' },
];
const warehouses = [
  { code: 'FBA-US', market: 'US' },
  { code: 'FBA-DE', market: 'DE' },
  { code: '3PL-FR', market: 'FR' },
];

describe('catalogue slots', () => {
  it('matches product titles, partial and plural, in English and Chinese', () => {
    expect(matchProducts('How many Plush Bears do I have?', products)).toEqual(['PB-1', 'PB-2']);
    expect(matchProducts('water bottles in Germany', products)).toEqual(['WB-1']);
    expect(matchProducts('水杯还有多少', products)).toEqual(['WB-1']);
    expect(matchProducts('灯笼会断货吗', products)).toEqual(['LT-1']);
    expect(matchProducts('lanterns', products)).toEqual(['LT-1']);
  });

  it('does not match on a common short word alone', () => {
    expect(matchProducts('in case it runs out', products)).toEqual([]);
    expect(matchProducts('What certification do toys need?', products)).toEqual([]);
    expect(matchProducts('Plush Bears', [])).toEqual([]);
  });

  it('reads SKU codes and warehouse codes written with a dash, a space or none', () => {
    expect(findSkuCodes('Will TP-EAR-001 run out? (EN-71, USB-C)')).toEqual(['TP-EAR-001']);
    expect(matchWarehouses('stock at FBA US and fba-de', warehouses)).toEqual(['FBA-US', 'FBA-DE']);
    expect(matchWarehouses('3PL FR', warehouses)).toEqual(['3PL-FR']);
    expect(matchWarehouses('FBA fees', warehouses)).toEqual([]);
  });

  it('reads the market of a warehouse named by country', () => {
    expect(findWarehouseMarkets('美国仓需要补多少货？')).toEqual(['US']);
    expect(findWarehouseMarkets('日本倉庫的庫存')).toEqual(['JP']);
    expect(findWarehouseMarkets('stock in the US warehouse')).toEqual(['US']);
    expect(findWarehouseMarkets('my German 3PL')).toEqual(['DE']);
  });
});
