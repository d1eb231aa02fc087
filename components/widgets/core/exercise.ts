import { formatFixed } from '../../../src/lib/format';

/** Reads a typed number, accepting a Unicode minus and a decimal comma. */
export function parseAnswer(text: string): number | null {
  const clean = text.trim().replace(/[−–]/g, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) return null;
  return Number(clean);
}

/** Wires every exercise form: checks the answer within its tolerance and opens the working. */
export function bindExercises(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-exercise]:not([data-bound])')) {
    form.dataset.bound = 'true';
    const feedback = form.querySelector<HTMLElement>('[data-feedback]');
    const input = form.querySelector<HTMLInputElement>('input');
    const working = form.parentElement?.querySelector<HTMLDetailsElement>('details.working');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!feedback || !input) return;
      const answer = Number(form.dataset.answer);
      const tolerance = Number(form.dataset.tolerance);
      const decimals = Number(form.dataset.decimals ?? 2);
      const value = parseAnswer(input.value);
      if (value === null) {
        feedback.dataset.correct = 'false';
        feedback.textContent = `“${input.value.slice(0, 20)}” is not a number: type a number such as 1.25 or −0.4.`;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      input.removeAttribute('aria-invalid');
      const right = Math.abs(value - answer) <= tolerance;
      feedback.dataset.correct = String(right);
      feedback.textContent = right
        ? `Right: ${formatFixed(answer, decimals)}. The working is below.`
        : `Not quite: you entered ${formatFixed(value, decimals)}. Try again, or open the working below.`;
      if (working && right) working.open = true;
    });
  }
}
