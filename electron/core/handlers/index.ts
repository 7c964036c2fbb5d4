/**
 * Every domain handler, as one map: the whole API the UI (through the
 * shell's IPC wrapper), the CLI and the tests use. Plain functions of the
 * parsed request over a Session; nothing here knows about Electron.
 */
import type { CoreChannel, Handlers } from '../../../shared/api.ts';
import { caseHandlers } from './case.ts';
import { correctionHandlers } from './corrections.ts';
import { entryHandlers } from './entries.ts';
import { gapHandlers } from './gaps.ts';
import { importHandlers } from './import.ts';
import type { Session } from './session.ts';

export { createSession, type Session } from './session.ts';

export function createCoreHandlers(session: Session): Handlers<CoreChannel> {
  return {
    ...caseHandlers(session),
    ...importHandlers(session),
    ...entryHandlers(session),
    ...correctionHandlers(session),
    ...gapHandlers(session),
  };
}
