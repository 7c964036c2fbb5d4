/**
 * One way in for every call from outside the process: look up the channel,
 * validate the request against its schema, run the handler, and turn any
 * outcome into { ok, value } | { ok, error }. The Electron shell calls this
 * after checking the sender; the end-to-end harness calls it from HTTP.
 */
import { requestSchemas, type Channel, type HandlerContext, type Handlers, type Result } from '../../../shared/api.ts';
import { CaseFileError, ImportError } from '../../../shared/errors.ts';
import { DuplicateSourceError, SourceNameTakenError, SourceNotFoundError } from '../store/index.ts';
import { NoCaseError } from './session.ts';

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

/** The error kind the UI branches on, and a message it can show as it is. */
export function toApiError(err: unknown): { kind: string; message: string } {
  if (err instanceof NoCaseError) return { kind: 'no-case', message: err.message };
  if (err instanceof ImportError) return { kind: err.code, message: err.message };
  if (err instanceof CaseFileError) return { kind: err.code, message: err.message };
  if (err instanceof DuplicateSourceError) return { kind: 'duplicate', message: err.message };
  if (err instanceof SourceNameTakenError) return { kind: 'name-taken', message: err.message };
  if (err instanceof SourceNotFoundError) return { kind: 'not-found', message: err.message };
  if (err instanceof Error) return { kind: 'failed', message: err.message };
  return { kind: 'failed', message: String(err) };
}

/** Validate and run one call. `handlers` may implement only some channels (the rest are the shell's). */
export async function dispatch(handlers: Partial<Handlers>, channel: string, request: unknown, ctx: HandlerContext): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { kind: 'unknown-channel', message: `There is no "${channel}" in the API.` } };
  const parsed = requestSchemas[channel].safeParse(request ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    // A rule of the contract written for the user ("Give a reason for rejecting…") is said as it is; a malformed request names the field.
    if (first?.code === 'custom') return { ok: false, error: { kind: 'invalid-request', message: first.message } };
    return { ok: false, error: { kind: 'invalid-request', message: `Invalid request to ${channel}: ${first ? `${first.path.join('.') || 'request'}: ${first.message}` : 'malformed'}` } };
  }
  const handler = handlers[channel] as ((req: unknown, ctx: HandlerContext) => unknown) | undefined;
  if (!handler) return { ok: false, error: { kind: 'unavailable', message: `${channel} is not available here.` } };
  try {
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
