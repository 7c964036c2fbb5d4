/**
 * The Content Security Policy, one constant for every place it is enforced:
 * the app:// protocol handler sends it as a header on every response, the
 * end-to-end harness sends the same header, and renderer/index.html carries
 * it in a meta tag (a test checks the two are identical).
 *
 * No 'unsafe-inline' anywhere. React's `style={{…}}` props and d3's
 * `.style()` set styles through the CSSOM (element.style.setProperty), which
 * CSP does not restrict; only <style> elements and style="" attributes in
 * markup (or setAttribute('style', …)) are blocked. test/e2e/security.test.ts
 * checks both halves of that in a real browser.
 */
export const CSP_DIRECTIVES = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
] as const;

export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
