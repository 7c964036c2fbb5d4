/** A calm message: what happened and what to do. Problems are announced; nothing flashes. */
import { memo } from 'react';

import type { Notice } from '../state/reducer.ts';

export const NoticeBar = memo(function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss?: () => void }) {
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'problem' ? 'alert' : 'status'}>
      <p>{notice.message}</p>
      {onDismiss ? (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
});
