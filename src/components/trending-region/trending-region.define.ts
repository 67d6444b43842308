import { TrendingRegion } from './trending-region.js';

TrendingRegion.define();

declare global {
  interface HTMLElementTagNameMap {
    'trending-region': TrendingRegion;
  }
}

export { TrendingRegion };
