import type { ParamValues } from './params';
import { RunFailure } from './runFailure';

/** What a compute call gets besides the values: a way to be cancelled and to report progress. */
export interface RunJob {
  signal: AbortSignal;
  progress(share: number): void;
}

type Reply<Run> = { id: number; run?: Run; progress?: number; error?: string };

/** A worker that stays silent this long (no progress, no result) is stopped. */
export const IDLE_TIMEOUT_MS = 30_000;

/**
 * A compute function that runs in a worker: each call posts the widget's values and resolves
 * with the run the worker sends back. One run at a time: a new call, or an abort, terminates
 * the worker computing the older one (a fresh worker starts on the next call). Every way it can
 * fail rejects with a {@link RunFailure}: the script did not load, a message could not be read,
 * the worker stayed silent for `idleMs`, or the solver threw.
 */
export function workerCompute<Run, Input = ParamValues>(
  create: () => Worker,
  idleMs = IDLE_TIMEOUT_MS,
): (input: Input, job: RunJob) => Promise<Run> {
  let worker: Worker | null = null;
  let nextId = 0;
  let current: { id: number; settle(run: Run | null, failure?: RunFailure): void } | null = null;
  let progress: ((share: number) => void) | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const ensure = () => {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<Reply<Run>>) => {
      const r = event.data;
      if (!current || r.id !== current.id) return;
      if (r.run !== undefined) current.settle(r.run);
      else if (r.error !== undefined) current.settle(null, new RunFailure('solver', r.error));
      else progress?.(r.progress ?? 0);
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop();
      current?.settle(null, new RunFailure('load', event.message));
    };
    w.onmessageerror = () => {
      stop();
      current?.settle(null, new RunFailure('message'));
    };
    worker = w;
    return w;
  };

  return (input, job) =>
    new Promise<Run>((resolve, reject) => {
      // An older run still computing is outdated now: stop it.
      if (current) {
        stop();
        current.settle(null, new RunFailure('cancelled'));
      }
      const id = ++nextId;
      let timer = 0;
      const arm = () => {
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          stop();
          settle(null, new RunFailure('timeout'));
        }, idleMs);
      };
      const onAbort = () => {
        stop();
        settle(null, new RunFailure('cancelled'));
      };
      const settle = (run: Run | null, failure?: RunFailure) => {
        if (current?.id !== id) return;
        current = null;
        progress = null;
        clearTimeout(timer);
        job.signal.removeEventListener('abort', onAbort);
        if (run !== null) resolve(run);
        else reject(failure ?? new RunFailure('solver'));
      };
      current = { id, settle };
      progress = (share) => {
        arm();
        job.progress(share);
      };
      if (job.signal.aborted) return onAbort();
      job.signal.addEventListener('abort', onAbort);
      arm();
      try {
        ensure().postMessage({ id, input });
      } catch (error) {
        stop();
        settle(null, new RunFailure('load', error instanceof Error ? error.message : String(error)));
      }
    });
}

/**
 * The worker side: answers each message with `compute(input, progress)` (a run, or a promise of
 * one when the worker first loads something), or the error's message; progress (a share 0…1) is
 * posted at most every 100 ms.
 */
export function serveCompute<Run, Input = ParamValues>(
  compute: (input: Input, progress: (share: number) => void) => Run | Promise<Run>,
): void {
  self.onmessage = (event: MessageEvent<{ id: number; input: Input }>) => {
    const { id, input } = event.data;
    let last = performance.now();
    const progress = (share: number) => {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      self.postMessage({ id, progress: share });
    };
    const fail = (error: unknown) =>
      self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    try {
      const run = compute(input, progress);
      if (run instanceof Promise) run.then((r) => self.postMessage({ id, run: r })).catch(fail);
      else self.postMessage({ id, run });
    } catch (error) {
      fail(error);
    }
  };
}
