/**
 * Security in a real browser, on the built app with its production CSP:
 * the renderer cannot reach the network, injected script does not run, eval
 * is off, and window.open and navigation go nowhere. In the Chromium
 * harness the CSP (and the harness's network guard, standing in for the
 * shell's session.webRequest) does this; in Electron, the CSP plus the
 * shell's handlers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { launchApp, type AppUnderTest } from './harness/app.ts';
import type { CspViolationEvent, PageGlobals } from './harness/page-globals.ts';

let app: AppUnderTest;

beforeEach(async () => {
  app = await launchApp();
  await app.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).document.getElementById('root')?.childElementCount ?? 0) > 0);
  // Record every CSP violation the page reports from now on.
  await app.page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const seen: CspViolationEvent[] = [];
    w.__violations = seen;
    w.document.addEventListener('securitypolicyviolation', (e) => seen.push({ effectiveDirective: e.effectiveDirective, blockedURI: e.blockedURI }));
  });
});
afterEach(async () => {
  await app?.close();
});

async function violations(): Promise<CspViolationEvent[]> {
  await app.page.waitForTimeout(300); // violation reports are queued as tasks
  return app.page.evaluate(() => (globalThis as unknown as PageGlobals).__violations as CspViolationEvent[]);
}

const leftTheApp = () => app.blockedRequests.filter((url) => url.includes('example.com'));

describe('the renderer cannot reach the network', () => {
  it('blocks fetch, XHR, sendBeacon and WebSocket to other origins with the CSP', async () => {
    const outcomes = await app.page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const attempt = async (f: () => Promise<unknown>) => {
        try {
          await f();
          return 'reached';
        } catch (err) {
          return err instanceof Error ? err.name : 'error';
        }
      };
      return {
        fetch: await attempt(() => fetch('https://example.com/')),
        fetchLocal: await attempt(() => fetch('http://127.0.0.1:9/')),
        xhr: await attempt(
          () =>
            new Promise<void>((resolve, reject) => {
              const x = new w.XMLHttpRequest();
              x.onload = () => resolve();
              x.onerror = () => reject(new Error('xhr'));
              x.open('GET', 'https://example.com/');
              x.send();
            }),
        ),
        // sendBeacon only queues (true); the CSP refuses the request itself.
        beacon: w.navigator.sendBeacon('https://example.com/beacon', 'x'),
        ws: await attempt(async () => new WebSocket('wss://example.com/')),
      };
    });
    expect(outcomes).toMatchObject({ fetch: 'TypeError', fetchLocal: 'TypeError', xhr: 'Error' });
    const blocked = (await violations()).filter((v) => v.effectiveDirective === 'connect-src').map((v) => v.blockedURI);
    expect(blocked).toEqual(expect.arrayContaining(['https://example.com/', 'http://127.0.0.1:9/', 'wss://example.com/', 'https://example.com/beacon']));
    // The CSP stopped them before any request was made.
    expect(leftTheApp()).toEqual([]);
  });

  it('blocks remote images, scripts, styles, fonts, frames and objects', async () => {
    await app.page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const add = (html: string) => w.document.body.insertAdjacentHTML('beforeend', html);
      add('<img src="http://example.com/pixel.png" alt="">');
      add('<link rel="stylesheet" href="https://example.com/x.css">');
      add('<iframe src="https://example.com/"></iframe>');
      add('<object data="https://example.com/x.swf"></object>');
      const script = w.document.createElement('script');
      script.src = 'https://example.com/x.js';
      w.document.head.append(script);
      void new w.FontFace('Remote', 'url(https://example.com/f.woff2)').load().catch(() => {});
    });
    const directives = new Set((await violations()).filter((v) => v.blockedURI.includes('example.com')).map((v) => v.effectiveDirective));
    for (const d of ['img-src', 'style-src-elem', 'frame-src', 'object-src', 'script-src-elem', 'font-src']) expect(directives).toContain(d);
    expect(leftTheApp()).toEqual([]);
    await app.screenshot(`security-after-injection-${app.kind}`);
  });
});

describe('no script the app did not ship runs', () => {
  it('does not run injected inline script, inline handlers or javascript: URLs', async () => {
    const ran = await app.page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const script = w.document.createElement('script');
      script.textContent = 'window.__inline = true';
      w.document.head.append(script);
      w.document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__handler = true" alt="">');
      const link = w.document.createElement('a');
      link.href = 'javascript:window.__jsurl = true';
      w.document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { inline: w.__inline ?? false, handler: w.__handler ?? false, jsurl: w.__jsurl ?? false };
    });
    expect(ran).toEqual({ inline: false, handler: false, jsurl: false });
    const directives = (await violations()).map((v) => v.effectiveDirective);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
  });

  it('has eval and new Function switched off', async () => {
    // WARNING: code run by page.evaluate itself may eval (DevTools lifts the
    // CSP for the evaluation), so the attempt runs later, as page code.
    await app.page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const attempt = (f: () => unknown) => {
        try {
          f();
          return 'ran';
        } catch (err) {
          return err instanceof Error ? err.name : 'error';
        }
      };
      setTimeout(() => {
        w.__codegen = { eval: attempt(() => (0, eval)('1 + 1')), fn: attempt(() => new Function('return 1')()) };
      }, 0);
    });
    await app.page.waitForFunction(() => (globalThis as unknown as PageGlobals).__codegen !== undefined);
    expect(await app.page.evaluate(() => (globalThis as unknown as PageGlobals).__codegen)).toEqual({ eval: 'EvalError', fn: 'EvalError' });
    expect((await violations()).map((v) => v.effectiveDirective)).toContain('script-src');
  });
});

describe('styles under the CSP', () => {
  it("applies CSSOM styles (React style props, d3 .style()) without 'unsafe-inline', and refuses style attributes and <style>", async () => {
    const result = await app.page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const viaCssom = w.document.createElement('div');
      viaCssom.style.color = 'rgb(1, 2, 3)';
      viaCssom.style.setProperty('width', '17px');
      const viaAttribute = w.document.createElement('div');
      viaAttribute.setAttribute('style', 'color: rgb(4, 5, 6)');
      const viaElement = w.document.createElement('style');
      viaElement.textContent = '.csp-probe { color: rgb(7, 8, 9) }';
      const probe = w.document.createElement('div');
      probe.className = 'csp-probe';
      w.document.head.append(viaElement);
      w.document.body.append(viaCssom, viaAttribute, probe);
      return {
        cssom: [w.getComputedStyle(viaCssom).color, w.getComputedStyle(viaCssom).width],
        attribute: w.getComputedStyle(viaAttribute).color,
        element: w.getComputedStyle(probe).color,
      };
    });
    expect(result.cssom).toEqual(['rgb(1, 2, 3)', '17px']);
    expect(result.attribute).not.toBe('rgb(4, 5, 6)');
    expect(result.element).not.toBe('rgb(7, 8, 9)');
    expect((await violations()).map((v) => v.effectiveDirective)).toEqual(expect.arrayContaining(['style-src-attr', 'style-src-elem']));
  });
});

describe('windows and navigation go nowhere', () => {
  it('window.open from a click never loads the other site', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const button = w.document.createElement('button');
      button.id = 'open-probe';
      button.textContent = 'open';
      button.addEventListener('click', () => {
        w.__opened = w.open('https://example.com/', '_blank') !== null;
      });
      w.document.body.append(button);
    });
    const popup = page.context().waitForEvent('page', { timeout: 3000 }).catch(() => null);
    await page.click('#open-probe');
    const opened = await popup;
    if (app.kind === 'electron') {
      // setWindowOpenHandler denies: no window at all.
      expect(opened).toBeNull();
      expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__opened)).toBe(false);
      return;
    }
    // A plain browser opens a tab on a click; the network guard refuses its request.
    expect(opened).not.toBeNull();
    await opened!.waitForLoadState().catch(() => {});
    expect(leftTheApp()).toContain('https://example.com/');
    expect(await opened!.evaluate(() => (globalThis as unknown as PageGlobals).document.body.innerText).catch(() => '')).not.toMatch(/Example Domain/);
  });

  it('a link to another site does not take the app there', async () => {
    const { page } = app;
    const before = page.url();
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      const link = w.document.createElement('a');
      link.id = 'nav-probe';
      link.href = 'https://example.com/';
      link.textContent = 'go';
      w.document.body.append(link);
    });
    await page.click('#nav-probe', { noWaitAfter: true });
    await page.waitForTimeout(500);
    if (app.kind === 'electron') {
      // will-navigate is always prevented: still our page.
      expect(page.url()).toBe(before);
      return;
    }
    // Chromium tries, and the network guard refuses: nothing reached the other site.
    expect(leftTheApp()).toContain('https://example.com/');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.body.innerText).catch(() => '')).not.toMatch(/Example Domain/);
  });
});
