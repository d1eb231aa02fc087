/**
 * The compute pipeline of one widget (DESIGN §9): every request takes a ticket, is checked
 * against the work budget, runs at once or in a worker, and its result is shown only if its
 * ticket is still the latest. The busy state is derived from the tickets, so it cannot be left
 * on; every failure ends in a message with what to do, and the previous run stays on screen.
 */
import { formatSig } from '../../../src/words/format';
import { part } from './dom';
import type { ParamValues } from './params';
import { asFailure, failureMessage, RunFailure } from './runFailure';
import type { RunJob } from './workerCompute';

/** A run's estimated cost (from the solver) and the words to show when it is too much. */
export interface Estimate {
  /** Estimated milliseconds on a desktop computer. */
  ms: number;
  /** How the figure comes about ("5,001 updates × 5 samples × 200 steps × 5 (finite differences)"). */
  figure: string;
  /** The parameters to lower, by their labels ("Updates K or Inner steps N"). */
  lower: string;
}

/** Past `confirmMs` the widget asks before starting a run; past `refuseMs` it refuses it. */
export const BUDGET = { confirmMs: 8_000, refuseMs: 90_000 };

/** A run still computing after this long shows the busy box (with Cancel) and dims the panels' marks. */
export const BUSY_SHOWN_AFTER_MS = 200;

export type Compute<Run> = (values: ParamValues, job: RunJob) => Run | Promise<Run>;

export interface Runner {
  /** Computes the run for `values`; `keepMessage` leaves the current message up (a fallback run). */
  request(values: ParamValues, opts?: { confirmed?: boolean; keepMessage?: boolean }): void;
  /** Cancels the run being computed, if any. */
  cancel(): void;
  busy(): boolean;
}

/** "about 33 s", "about 2.5 min". */
export function duration(ms: number): string {
  return ms < 60_000 ? `about ${Math.max(1, Math.round(ms / 1000))} s` : `about ${formatSig(ms / 60_000, 2)} min`;
}

/** The sentence for a run over budget: the figure, then the parameters to lower. */
export function budgetMessage(e: Estimate): string {
  const cost = `This run would take ${duration(e.ms)} on a fast computer (${e.figure})`;
  if (e.ms > BUDGET.refuseMs)
    return `${cost}, longer than the ${duration(BUDGET.refuseMs).replace('about ', '')} a widget allows. Lower ${e.lower} and try again.`;
  return `${cost}. Compute it anyway (you can cancel it), or lower ${e.lower}.`;
}

export function createRunner<Run>(
  root: HTMLElement,
  compute: Compute<Run>,
  estimate: ((values: ParamValues) => Estimate) | undefined,
  on: { done(run: Run, values: ParamValues): void; failed(f: RunFailure | 'over-budget'): void },
): Runner {
  const busyBox = part(root, '[data-part="busy"]');
  const busyText = part(busyBox, '[data-part="busy-text"]');
  const bar = part<HTMLProgressElement>(busyBox, 'progress');
  const messageBox = part(root, '[data-part="run-message"]');
  const messageText = part(messageBox, '[data-part="run-message-text"]');
  const retry = part<HTMLButtonElement>(messageBox, '[data-run="retry"]');
  const anyway = part<HTMLButtonElement>(messageBox, '[data-run="anyway"]');

  let latest = 0;
  let inFlight = 0; // the ticket of the run computing off the main thread, 0 if none
  let controller: AbortController | null = null;
  let again: (() => void) | null = null;
  let anywayAction: (() => void) | null = null;

  let shownTimer = 0;
  const showBusy = () => {
    const on = inFlight !== 0 && inFlight === latest;
    if (root.getAttribute('aria-busy') !== String(on)) root.setAttribute('aria-busy', String(on));
    clearTimeout(shownTimer);
    if (!on) {
      busyBox.hidden = true;
      delete root.dataset.computing;
      return;
    }
    // The box and the dimmed marks wait a moment: a run back sooner (the article's run takes
    // about 50 ms at 4× CPU throttling) neither flashes them nor pays for repainting every panel
    // twice while the reader waits for it.
    shownTimer = window.setTimeout(() => {
      if (!runner.busy()) return;
      busyBox.hidden = false;
      root.dataset.computing = 'true';
    }, BUSY_SHOWN_AFTER_MS);
    busyText.textContent = 'Computing the run…';
    bar.removeAttribute('value');
  };
  const say = (text: string, actions: { retry?: () => void; anyway?: () => void } = {}) => {
    messageText.textContent = text;
    messageBox.hidden = text === '';
    again = actions.retry ?? null;
    anywayAction = actions.anyway ?? null;
    retry.hidden = !again;
    anyway.hidden = !anywayAction;
  };
  retry.addEventListener('click', () => again?.());
  anyway.addEventListener('click', () => anywayAction?.());
  part(busyBox, '[data-run="cancel"]').addEventListener('click', () => runner.cancel());
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !runner.busy()) return;
    event.preventDefault();
    event.stopPropagation();
    runner.cancel();
  });

  const finish = (ticket: number) => {
    if (inFlight === ticket) inFlight = 0;
    showBusy();
  };

  const runner: Runner = {
    request(values, opts = {}) {
      const ticket = ++latest;
      controller?.abort();
      controller = null;
      inFlight = 0;
      showBusy();
      if (!opts.keepMessage) say('');
      const e = estimate?.(values);
      if (e && e.ms > BUDGET.confirmMs && !opts.confirmed) {
        const refuse = e.ms > BUDGET.refuseMs;
        say(budgetMessage(e), refuse ? {} : { anyway: () => runner.request(values, { confirmed: true }) });
        return on.failed('over-budget');
      }
      const fail = (error: unknown) => {
        if (ticket !== latest) return;
        finish(ticket);
        const f = asFailure(error);
        say(failureMessage(f), { retry: () => runner.request(values, { confirmed: true }) });
        on.failed(f);
      };
      const own = new AbortController();
      controller = own;
      const job: RunJob = {
        signal: own.signal,
        progress: (share) => {
          if (ticket !== latest) return;
          bar.value = share;
          busyText.textContent = `Computing the run… ${Math.round(100 * share)} %`;
        },
      };
      let result: Run | Promise<Run>;
      try {
        result = compute(values, job);
      } catch (error) {
        return fail(error);
      }
      if (!(result instanceof Promise)) return on.done(result, values);
      inFlight = ticket;
      showBusy();
      result.then((run) => {
        if (ticket !== latest) return; // an outdated run: dropped
        finish(ticket);
        on.done(run, values);
      }, fail);
    },
    cancel() {
      if (!runner.busy()) return;
      controller?.abort();
      // abort() rejects the run with 'cancelled', which `fail` turns into the message.
    },
    busy: () => inFlight !== 0 && inFlight === latest,
  };
  return runner;
}

export { RunFailure };
