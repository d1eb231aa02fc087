/**
 * Wires every fresh drill on the page (components/Drill.astro). New deals come from a worker
 * (drill.worker.ts, started when the URL names a deal or on "New numbers") and the checking
 * (exercise.ts) loads on first use, so a lesson pays for neither up front, and the solver code
 * a deal needs stays out of the page's widget bundles.
 */
import type { Deal, DrillKind } from '../solver/analysis/drills';
import { nextDrillState, readDrillState, writeDrillState, type DrillState } from './drillState';
import { showVerdict } from './exerciseForm';

/** A deal as the worker sends it: the numbers and their words. */
interface Dealt {
  deal: Deal;
  question: string;
  steps: string[];
}

let worker: Worker | null = null;
let asked = 0;
const waiting = new Map<number, { resolve: (d: Dealt) => void; reject: (e: Error) => void }>();

/** The deal of `kind` for `seed`, from the drill worker (started on first use). */
function dealt(kind: DrillKind, seed: number): Promise<Dealt> {
  worker ??= new Worker(new URL('./drill.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Dealt & { id: number; error?: string }>) => {
    const w = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (event.data.error) w?.reject(new Error(event.data.error));
    else w?.resolve(event.data);
  };
  const id = ++asked;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, kind, seed });
  });
}

const checking = () => import('./exercise');

interface Parts {
  section: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  feedback: HTMLElement;
  steps: HTMLOListElement;
  working: HTMLDetailsElement;
}

function parts(section: HTMLElement): Parts | null {
  const q = <T extends Element>(sel: string) => section.querySelector<T>(sel);
  const form = q<HTMLFormElement>('form[data-drill-form]');
  const input = q<HTMLInputElement>('input');
  const feedback = q<HTMLElement>('[data-feedback]');
  const steps = q<HTMLOListElement>('[data-steps]');
  const working = q<HTMLDetailsElement>('details.working');
  return form && input && feedback && steps && working ? { section, form, input, feedback, steps, working } : null;
}

/** Deals `state` into the section: question, precision, answer, steps (the last `hide` left to the reader). */
async function render(p: Parts, state: DrillState, revealAll = false): Promise<void> {
  const [{ deal: d, question, steps: all }, { precisionText }] = await Promise.all([
    dealt(p.section.dataset.drill as DrillKind, state.seed),
    checking(),
  ]);
  const id = p.section.id;
  const set = (sel: string, text: string) => {
    const el = p.section.querySelector(sel);
    if (el) el.textContent = text;
  };
  set('[data-deal-label]', `Deal ${state.seed}`);
  set('[data-question]', question);
  set('[data-precision]', precisionText(d.decimals, d.tolerance));
  Object.assign(p.form.dataset, {
    answer: String(d.answer),
    decimals: String(d.decimals),
    tolerance: String(d.tolerance),
  });
  p.steps.replaceChildren(
    ...all.map((s, i) => {
      const li = document.createElement('li');
      const hidden = !revealAll && i >= all.length - state.hide;
      li.textContent = hidden ? 'Your turn: work this step out.' : s;
      if (hidden) li.className = 'your-turn';
      return li;
    }),
  );
  const share = p.section.querySelector<HTMLAnchorElement>('[data-share]');
  const search = writeDrillState(location.search, id, state);
  if (share) share.href = `${location.pathname}${search}#${id}`;
  p.section.dataset.seed = String(state.seed);
  p.section.dataset.hide = String(state.hide);
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

function bindOne(p: Parts): void {
  const count = Number(p.section.dataset.steps);
  const fallback = { seed: Number(p.section.dataset.seed), hide: 1 };
  let state = readDrillState(location.search, p.section.id, fallback, count);
  let wasRight = false;
  if (state.seed !== fallback.seed || state.hide !== fallback.hide) void render(p, state);
  p.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { judge } = await checking();
    const tolerance = Number(p.form.dataset.tolerance);
    const verdict = judge(p.input.value, Number(p.form.dataset.answer), Number(p.form.dataset.decimals), tolerance);
    const message =
      verdict.correct === true
        ? `${verdict.message} “New numbers” deals a fresh one with one step fewer worked.`
        : verdict.message;
    showVerdict(p.input, p.feedback, verdict, message);
    if (verdict.correct) {
      wasRight = true;
      await render(p, state, true);
      p.working.open = true;
    }
  });
  p.section.querySelector('[data-new-numbers]')?.addEventListener('click', async () => {
    state = nextDrillState(state, wasRight, count);
    wasRight = false;
    await render(p, state);
    p.input.value = '';
    p.input.removeAttribute('aria-invalid');
    delete p.feedback.dataset.correct;
    p.feedback.textContent = `New numbers: deal ${state.seed}, ${state.hide} of ${count} worked steps left to you.`;
  });
}

/** Wires every drill on the page once. */
export function bindDrills(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-drill]:not([data-bound])')) {
    section.dataset.bound = 'true';
    const p = parts(section);
    if (p) bindOne(p);
  }
}
