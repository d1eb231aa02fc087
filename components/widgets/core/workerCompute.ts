import type { ParamValues } from './params';

/**
 * A compute function that runs in a worker: each call posts the widget's values and resolves
 * with the run the worker sends back. One worker per kind of widget, created on first use.
 */
export function workerCompute<Run>(create: () => Worker): (values: ParamValues) => Promise<Run> {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: Run) => void; reject: (e: Error) => void }>();
  const ensure = () => {
    if (worker) return worker;
    worker = create();
    worker.onmessage = (event: MessageEvent<{ id: number; run?: Run; error?: string }>) => {
      const job = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.run !== undefined) job?.resolve(event.data.run);
      else job?.reject(new Error(event.data.error ?? 'the computation failed'));
    };
    return worker;
  };
  return (values) => {
    const id = ++nextId;
    return new Promise<Run>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      ensure().postMessage({ id, values });
    });
  };
}

/** The worker side: answers each message with `compute(values)`, or the error's message. */
export function serveCompute<Run>(compute: (values: ParamValues) => Run): void {
  self.onmessage = (event: MessageEvent<{ id: number; values: ParamValues }>) => {
    const { id, values } = event.data;
    try {
      self.postMessage({ id, run: compute(values) });
    } catch (error) {
      self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
