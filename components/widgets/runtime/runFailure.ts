/**
 * Why a run did not arrive, and what the reader can do about it, in words. Every path that can
 * fail (a worker that cannot load, a message that cannot be read, a run that stops answering, a
 * solver that throws, the reader's own Cancel) ends in one of these.
 */
export type FailureKind = 'load' | 'message' | 'timeout' | 'solver' | 'cancelled';

export class RunFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    detail = '',
  ) {
    super(detail || kind);
    this.name = 'RunFailure';
  }
}

/** The failure behind any thrown value (a solver's RangeError becomes a 'solver' failure). */
export function asFailure(error: unknown): RunFailure {
  if (error instanceof RunFailure) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new RunFailure('cancelled');
  return new RunFailure('solver', error instanceof Error ? error.message : String(error));
}

/** The sentence shown in the widget: what failed, then what to do. */
export function failureMessage(f: RunFailure, what = 'The run'): string {
  switch (f.kind) {
    case 'load':
      return `${what} could not be computed: the script that computes it did not load (you may be offline, or the site was just updated). Check the connection and try again, or reload the page.`;
    case 'message':
      return `${what} could not be computed: its result could not be read. Try again.`;
    case 'timeout':
      return `${what} stopped answering and was stopped. Try again, or pick smaller settings (fewer updates K or inner steps N).`;
    case 'cancelled':
      return `${what} was cancelled.`;
    default:
      return `${what} could not be computed: ${f.message.replace(/\.$/, '')}. Pick other settings and try again.`;
  }
}
