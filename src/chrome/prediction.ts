/**
 * Predict, then reveal (issue 17): the reader commits a guess (one of a few choices, or a number
 * on a slider) with "Check my guess", or skips; only then does the answer show, with a sentence
 * comparing guess and truth and the size of the miss (a number line for a numeric guess). The
 * guess is locked once committed. A prediction with `data-hold` holds that widget until then.
 * The committed guess is kept in this browser only (predictionStore.ts). The reveal dispatches
 * `unrolled:revealed`, so a widget inside it can mount at its real size; presenter mode reveals
 * a box by dispatching `unrolled:reveal` on it: the class saw the question but committed no
 * guess, so the answer shows without a verdict. The comparison (its sentence and figure) loads on
 * the first reveal (predictionReveal.ts); if it cannot load, the answer still shows in words.
 */
import {
  comparisonMissingWords,
  isRight,
  PICK_FIRST,
  presentedWords,
  skippedWords,
  verdictWords,
  type Guess,
  type PredictionKey,
} from '../words/prediction.ts';
import { holdWidget } from './predictionHold.ts';
import { keep, keyOf, readKept, type Kept } from './predictionStore.ts';

/** How the reveal came: the reader's guess or skip, or the presenter's press after the question. */
type How = { focus: boolean; remember: boolean; presented?: boolean };

/** Draws the comparison once its module has loaded; without it (offline, failed), says the answer in words. */
async function drawComparison(form: HTMLFormElement, compare: HTMLElement, guess: Guess | null, key: PredictionKey) {
  try {
    const { showComparison } = await import('./predictionReveal.ts');
    showComparison(form, compare, guess, key);
  } catch {
    compare.textContent = comparisonMissingWords(guess, key);
    compare.hidden = false;
  }
}

function keyFrom(box: HTMLElement): PredictionKey {
  const d = box.dataset;
  return {
    answer: d.answer ?? '',
    answerLabel: d.answerLabel ?? d.answer ?? '',
    tolerance: d.tolerance ? Number(d.tolerance) : null,
    answerText: d.answerText ?? '',
    unit: d.unit ?? '',
  };
}

/** The guess the form holds now: the checked choice or the slider's number; null when none is chosen. */
function guessOf(form: HTMLFormElement, value?: string): Guess | null {
  const slider = form.querySelector<HTMLInputElement>('input[type="range"]');
  if (slider) return { kind: 'number', value: Number(value ?? slider.value) };
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const chosen = value === undefined ? radios.find((r) => r.checked) : radios.find((r) => r.value === value);
  return chosen ? { kind: 'choice', value: chosen.value, label: chosen.dataset.label ?? chosen.value } : null;
}

function wire(box: HTMLElement): void {
  const form = box.querySelector<HTMLFormElement>('form');
  const reveal = box.querySelector<HTMLElement>('[data-reveal]');
  const status = box.querySelector<HTMLElement>('[data-verdict]');
  const compare = box.querySelector<HTMLElement>('[data-compare]');
  if (!form || !reveal || !status || !compare) return;
  const key = keyFrom(box);
  const store = keyOf(location.pathname, box.id);
  let release = () => {};
  const slider = form.querySelector<HTMLInputElement>('input[type="range"]');
  const output = form.querySelector('output');
  if (slider && output) slider.addEventListener('input', () => (output.textContent = slider.value));

  const commit = (guess: Guess | null, how: How) => {
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) el.disabled = true;
    if (guess) {
      if (guess.kind === 'choice') {
        const radio = form.querySelector<HTMLInputElement>(`input[value="${CSS.escape(guess.value)}"]`);
        if (radio) radio.checked = true;
      } else if (slider && output) output.textContent = slider.value = String(guess.value);
      const right = isRight(guess, key);
      status.textContent = verdictWords(guess, key);
      status.dataset.correct = String(right);
      box.dataset.state = right ? 'right' : 'wrong';
    } else {
      // The status already gives the answer; the comparison has nothing to compare.
      status.textContent = how.presented ? presentedWords(key) : skippedWords(key);
      compare.hidden = true;
      box.dataset.state = how.presented ? 'presented' : 'skipped';
    }
    box.dataset.committed = 'true';
    reveal.hidden = false;
    reveal.dispatchEvent(new CustomEvent('unrolled:revealed'));
    release();
    const drawn = drawComparison(form, compare, guess, key);
    if (how.remember)
      keep(store, guess ? { guess: guess.kind === 'choice' ? guess.value : String(guess.value) } : { skipped: true });
    // Focus once the comparison is in, so a screen reader reads it with the reveal.
    if (how.focus) void drawn.then(() => reveal.focus());
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (box.dataset.committed) return;
    const guess = guessOf(form);
    if (!guess) {
      status.textContent = PICK_FIRST;
      return;
    }
    commit(guess, { focus: true, remember: true });
  });
  form.querySelector('[data-skip]')?.addEventListener('click', () => commit(null, { focus: true, remember: true }));
  box.addEventListener('unrolled:reveal', () => {
    if (!box.dataset.committed) commit(null, { focus: false, remember: false, presented: true });
  });

  if (box.dataset.hold) {
    release = holdWidget(box, box.dataset.hold, () => {
      if (!box.dataset.committed) commit(null, { focus: false, remember: false });
    });
  }
  const kept: Kept | null = readKept(store);
  if (kept) commit('guess' in kept ? guessOf(form, kept.guess) : null, { focus: false, remember: false });
}

/** Wires every prediction on the page once. */
export function wirePredictions(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-prediction]:not([data-wired])')) {
    box.dataset.wired = 'true';
    wire(box);
  }
}
