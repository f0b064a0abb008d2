// The seller's catalogue as the no-LLM router matches it: product titles by SKU and warehouses by market.
import type { Queryable } from '../../core/db';
import type { Catalogue } from '../../core/slots/index';

/** Enough rows for any seller the router serves; titles beyond it are still reachable by SKU code. */
const MAX_PRODUCTS = 20_000;

export async function loadCatalogue(db: Queryable): Promise<Catalogue> {
  const products = await db.query<{ sku: string; title: string }>(
    `SELECT sku, title FROM products ORDER BY sku LIMIT ${MAX_PRODUCTS}`,
  );
  const warehouses = await db.query<{ code: string; market: string }>(
    'SELECT code, market FROM warehouses ORDER BY code',
  );
  return { products: products.rows, warehouses: warehouses.rows };
}
