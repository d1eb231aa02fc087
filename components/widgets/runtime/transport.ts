import { iconHtml } from './markup';
import type { Stepper } from './stepper';
import { setText } from './writers';

/** The step buttons, speed and scrubber of a widget, all driven by one stepper. */
export interface Transport {
  /** Updates the labels and scrubber to the stepper's state. */
  sync(): void;
}

/**
 * Wires the step controls the shell rendered (markup.ts `transportHtml`) to a stepper: reset,
 * back, play/pause, forward, end, the speed and the native range scrubber "step n of N".
 */
export function bindTransport(box: HTMLElement, stepper: Stepper, unit: string): Transport {
  const q = <T extends Element>(sel: string) => box.querySelector<T>(sel);
  const play = q<HTMLButtonElement>('[data-action="play"]');
  const scrub = q<HTMLInputElement>('[data-role="scrubber"]');
  const scrubLabel = q<HTMLLabelElement>('.scrub-label');
  const speed = q<HTMLSelectElement>('select.speed');
  const actions: Record<string, () => void> = {
    reset: () => stepper.seek(0),
    back: () => stepper.step(-1),
    play: () => stepper.toggle(),
    forward: () => stepper.step(1),
    end: () => stepper.seek(stepper.last),
  };
  for (const b of box.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    b.addEventListener('click', () => actions[b.dataset.action ?? '']?.());
  }
  scrub?.addEventListener('input', () => stepper.seek(Number(scrub.value)));
  if (speed) {
    stepper.setSpeed(Number(speed.value));
    speed.addEventListener('change', () => stepper.setSpeed(Number(speed.value)));
  }
  let wasPlaying: boolean | null = null;
  const sync = () => {
    const label = `${unit} ${stepper.k} of ${stepper.last}`;
    if (scrubLabel) setText(scrubLabel, label.charAt(0).toUpperCase() + label.slice(1));
    if (scrub) {
      // Each write only when it changes: an unchanged one still restyles the range.
      if (scrub.max !== String(stepper.last)) scrub.max = String(stepper.last);
      if (scrub.value !== String(stepper.k)) scrub.value = String(stepper.k);
      if (scrub.getAttribute('aria-valuetext') !== label) scrub.setAttribute('aria-valuetext', label);
    }
    const playing = stepper.playing;
    if (play && playing !== wasPlaying) {
      play.innerHTML = iconHtml(playing ? 'pause' : 'play');
      play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
      play.title = playing ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', String(playing));
      wasPlaying = playing;
    }
  };
  // No sync here: the built markup already reads "step k of N" for the opening state, and the
  // first run's render syncs it (a run that never arrives must not leave "step 0 of 0").
  return { sync };
}
