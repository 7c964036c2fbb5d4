/**
 * The browser globals e2e tests touch inside page.evaluate(() => …).
 *
 * WARNING: those callbacks run in the page but are type-checked with the
 * Node tsconfig (no DOM lib, on purpose: adding it would let `document`
 * type-check in electron/core too). So each callback starts with
 *   const w = globalThis as unknown as PageGlobals;
 * and uses `w.document`, `w.threadline`… These are the few shapes the tests
 * need, not the DOM; nothing here declares a global.
 */
import type { ThreadlineBridge } from '../../../shared/api.ts';

export interface PageElement {
  id: string;
  className: string;
  textContent: string | null;
  innerText: string;
  href: string;
  src: string;
  readonly childElementCount: number;
  readonly style: { color: string; setProperty: (name: string, value: string) => void };
  setAttribute: (name: string, value: string) => void;
  append: (...nodes: PageElement[]) => void;
  insertAdjacentHTML: (position: 'beforeend', html: string) => void;
  addEventListener: (type: string, listener: () => void) => void;
  click: () => void;
}

export interface CspViolationEvent {
  effectiveDirective: string;
  blockedURI: string;
}

export interface PageXhr {
  onload: (() => void) | null;
  onerror: (() => void) | null;
  open: (method: string, url: string) => void;
  send: () => void;
}

export interface PageGlobals {
  threadline?: ThreadlineBridge;
  document: {
    title: string;
    body: PageElement;
    head: PageElement;
    getElementById: (id: string) => PageElement | null;
    createElement: (tag: string) => PageElement;
    addEventListener: (type: 'securitypolicyviolation', listener: (event: CspViolationEvent) => void) => void;
  };
  navigator: { sendBeacon: (url: string, data: string) => boolean };
  getComputedStyle: (element: PageElement) => { color: string; width: string };
  open: (url: string, target: string) => unknown;
  XMLHttpRequest: new () => PageXhr;
  FontFace: new (family: string, source: string) => { load: () => Promise<unknown> };
  /** Anything a test leaves on window to look at afterwards. */
  [probe: `__${string}`]: unknown;
}
