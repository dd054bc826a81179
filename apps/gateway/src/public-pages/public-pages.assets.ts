import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageAssets } from './page-layout';

interface Asset {
  body: string;
  type: string;
}

/**
 * The stylesheet and the script, read once and served under content-hashed names: a phone keeps
 * them for a year and fetches them again only when they change.
 */
export function loadAssets(): { urls: PageAssets; byName: Map<string, Asset> } {
  const byName = new Map<string, Asset>();
  const add = (file: string, type: string): string => {
    const body = readFileSync(join(__dirname, 'assets', file), 'utf8');
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const name = file.replace(/\.(\w+)$/, `.${hash}.$1`);
    byName.set(name, { body, type });
    return `${ASSETS_PATH}/${name}`;
  };
  return { urls: { css: add('apply.css', 'text/css; charset=utf-8'), js: add('apply.js', 'text/javascript; charset=utf-8') }, byName };
}

export const ASSETS_PATH = '/apply/assets';
