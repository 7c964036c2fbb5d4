/** Text with search hits as <mark> elements (parts, never HTML). */
import { memo } from 'react';

import type { TextPart } from '../text.ts';

export const Highlighted = memo(function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
});
