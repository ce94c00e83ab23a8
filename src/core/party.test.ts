import { describe, expect, it } from 'vitest';
import { isThirdParty } from './party';

describe('isThirdParty', () => {
  it.each([
    ['https://www.shop.example/x.js', 'https://shop.example/', false],
    ['https://cdn.shop.example/x.js', 'https://www.shop.example/page', false],
    ['https://ads.tracker.test/p.gif', 'https://shop.example/', true],
    ['https://a.github.io/x', 'https://b.github.io/', true],
    ['https://a.example.co.uk/x', 'https://b.example.co.uk/', false],
    ['http://127.0.0.1:9000/api', 'http://127.0.0.1:8000/', false],
    ['https://x.example/', '', false],
    ['not a url', 'https://shop.example/', false],
    ['https://user:pw@ads.tracker.test/p', 'https://shop.example/', true],
    ['https://SHOP.example/x', 'https://shop.example/', false],
    ['https://bücher.example/x', 'https://xn--bcher-kva.example/', false],
    ['https://[::1]:8080/x', 'http://[::1]/', false],
  ])('%s on %s -> %s', (url, page, third) => {
    expect(isThirdParty(url, page)).toBe(third);
  });
});
