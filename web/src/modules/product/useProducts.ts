// Products by id, for screens that show a product named by another record (a price list's lines). Each
// product is read once per session and shared; an edit or archive forgets it so it is read again.

import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Product } from './catalogue';

const known = new Map<string, Promise<Product | null>>();

function read(id: string): Promise<Product | null> {
  let product = known.get(id);
  if (!product) {
    // An archived or invisible product is shown as unknown rather than failing the whole screen.
    product = api.get<Product>(`/products/${encodeURIComponent(id)}`).catch(() => null);
    known.set(id, product);
  }
  return product;
}

export function forgetProduct(id: string): void {
  known.delete(id);
}

/** Remembers a product already read (from a search), so naming it later costs no request. */
export function rememberProduct(product: Product): void {
  known.set(product.id, Promise.resolve(product));
}

/** The products of `ids` as they arrive; an id still loading (or unknown) is absent from the map. */
export function useProductsById(ids: readonly string[]): Map<string, Product> {
  const [products, setProducts] = useState<Map<string, Product>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split(',');
    void Promise.all(wanted.map(read)).then((found) => {
      if (!live) return;
      setProducts(new Map(found.flatMap((product) => (product ? [[product.id, product] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return products;
}

/** "HRC-2.0-1250 · Hot-rolled coil": how a picker and a line name a product. */
export function productLabel(product: Pick<Product, 'sku' | 'name'>): string {
  return `${product.sku} · ${product.name}`;
}
