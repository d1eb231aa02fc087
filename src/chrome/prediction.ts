/**
 * Predict before the reveal (issue 18): the reader commits a guess (one of a few choices) and
 * presses "Check my guess"; only then does the answer, and the figure that shows it, appear.
 * The guess is locked once committed, the verdict is announced, and focus moves to the answer.
 * The reveal dispatches `unrolled:revealed`, so a widget inside it can mount at its real size.
 */

/** The verdict on a committed guess, in words. */
export function verdict(guess: string, answer: string, labels: Record<string, string>): string {
  const said = labels[guess] ?? guess;
  return guess === answer
    ? `You predicted “${said}”: right. The answer and the figure are below.`
    : `You predicted “${said}”. The answer is “${labels[answer] ?? answer}”: see below why.`;
}

function wire(box: HTMLElement): void {
  const form = box.querySelector<HTMLFormElement>('form');
  const reveal = box.querySelector<HTMLElement>('[data-reveal]');
  const status = box.querySelector<HTMLElement>('[data-verdict]');
  if (!form || !reveal || !status) return;
  const answer = box.dataset.answer ?? '';
  const labels: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    labels[input.value] = input.dataset.label ?? input.value;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!chosen) {
      status.textContent = 'Pick one of the answers first; the reveal follows your guess.';
      return;
    }
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) el.disabled = true;
    status.textContent = verdict(chosen.value, answer, labels);
    box.dataset.state = chosen.value === answer ? 'right' : 'wrong';
    reveal.hidden = false;
    reveal.dispatchEvent(new CustomEvent('unrolled:revealed'));
    reveal.focus();
  });
}

/** Wires every prediction on the page once. */
export function wirePredictions(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-prediction]:not([data-wired])')) {
    box.dataset.wired = 'true';
    wire(box);
  }
}
