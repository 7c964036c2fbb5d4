/** The width of an element, kept up to date by a ResizeObserver (which also reports the first size as soon as it observes). */
import { useEffect, useState, type RefObject } from 'react';

export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    // jsdom (the unit tests) has no ResizeObserver: keep the fallback there.
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver((records) => {
      const w = records[0]?.contentRect.width ?? 0;
      if (w > 0) setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
