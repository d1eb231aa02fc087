/**
 * Predict before you look (issue 18): the reader commits a guess with a select or a slider and
 * "Check"; only then does the answer (the form's reveal) show, with a sentence saying how the
 * guess compares. The guess cannot be changed once committed, so the reveal is not a quiz to
 * retry but the moment the text names the effect.
 */

/** Whether a guess matches: the same choice, or a number within the tolerance. */
export function judgeGuess(guess: string, answer: string, tolerance: number | null): boolean {
  if (tolerance === null) return guess === answer;
  if (guess.trim() === '') return false;
  const g = Number(guess);
  return Number.isFinite(g) && Math.abs(g - Number(answer)) <= tolerance;
}

/** Wires every prediction form on the page (once each). */
export function bindPredictions(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-predict]:not([data-bound])')) {
    form.dataset.bound = 'true';
    const box = form.closest<HTMLElement>('.predict');
    const reveal = box?.querySelector<HTMLElement>('[data-predict-reveal]');
    const feedback = form.querySelector<HTMLElement>('[data-predict-feedback]');
    const input = form.querySelector<HTMLInputElement | HTMLSelectElement>('[name="guess"]');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const output = form.querySelector('output');
    if (output && input) input.addEventListener('input', () => (output.textContent = input.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input || !reveal || !feedback || !button) return;
      const tolerance = form.dataset.tolerance ? Number(form.dataset.tolerance) : null;
      const answer = form.dataset.answer ?? '';
      const right = judgeGuess(input.value, answer, tolerance);
      const shown =
        input instanceof HTMLSelectElement ? (input.selectedOptions[0]?.textContent ?? input.value) : input.value;
      feedback.dataset.correct = String(right);
      feedback.textContent = right
        ? `Your guess, ${shown}, is right. The answer is below.`
        : `Your guess was ${shown}. ${form.dataset.answerText ?? ''} The reasons are below.`;
      input.disabled = true;
      button.disabled = true;
      reveal.hidden = false;
      box?.setAttribute('data-committed', 'true');
    });
  }
}
