import { describe, expect, it } from 'vitest';
import { MemoryBadge } from '../../test/fakes/memory-badge';
import { MemoryStore } from '../../test/fakes/memory-store';
import { ManualTimer, settle } from '../../test/fakes/manual-timer';
import { response } from '../../test/fakes/observations';
import { Recorder } from './recorder';

describe('bounded storage', () => {
  it(
    'keeps storage.session under 2 MB with 100 tabs x 10,000 failures, counts exact',
    { timeout: 120_000 },
    async () => {
      const store = new MemoryStore();
      const timer = new ManualTimer();
      const rec = new Recorder({ store, badge: new MemoryBadge(), timer, log: { warn: () => undefined } });
      await rec.ready;
      const headers: [string, string][] = [
        ['Server', 'cloudflare'],
        ['CF-RAY', '8f1e2d3c4b5a6978-AMS'],
        ['Content-Type', 'text/html; charset=UTF-8'],
        ['Set-Cookie', 'session=secret'],
      ];
      for (let tab = 1; tab <= 100; tab++) {
        rec.navigate(tab, `https://site${tab}.example/page`, 1);
        for (let i = 0; i < 10_000; i++) {
          rec.observe(
            response(i % 3 === 0 ? 502 : 404, {
              tabId: tab,
              url: `https://site${tab}.example/assets/img-${i}.png?v=${i}`,
              headers,
            }),
          );
        }
        timer.tick(200);
        await settle();
      }
      timer.tick(200);
      await settle(50);
      const bytes = store.bytes();
      expect(bytes).toBeLessThan(2 * 1024 * 1024);
      for (let tab = 1; tab <= 100; tab++) {
        const log = rec.getTab(tab);
        expect((log?.groups['404']?.count ?? 0) + (log?.groups['502']?.count ?? 0)).toBe(10_000);
      }
      // Cookies never reach storage.
      expect(JSON.stringify([...store.data.values()])).not.toContain('session=secret');
    },
  );
});
