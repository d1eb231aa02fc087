import { interval, type Timer } from 'd3-timer';

/** Autoplay speeds, in steps per second. */
export const SPEEDS = [1, 2, 4, 8, 16, 32] as const;

type Listener = (k: number, stepper: Stepper) => void;

/**
 * The one player of every widget: it holds the current record index k in 0…count−1 and
 * nothing else keeps a notion of "current step". Renderers subscribe with {@link onChange}.
 * It owns the autoplay timer (d3-timer), which stops at the last record.
 */
export class Stepper {
  #k = 0;
  #count: number;
  #speed = 4;
  #timer: Timer | null = null;
  #listeners = new Set<Listener>();
  /** Why autoplay is held back (off-screen, hidden tab); play resumes when the set empties. */
  #holds = new Set<string>();
  #wantsPlay = false;

  constructor(count: number) {
    this.#count = Math.max(1, count);
  }

  /** Index of the current record. */
  get k(): number {
    return this.#k;
  }
  /** Number of records (steps 0…count−1). */
  get count(): number {
    return this.#count;
  }
  /** Index of the last record. */
  get last(): number {
    return this.#count - 1;
  }
  get playing(): boolean {
    return this.#timer !== null;
  }
  /** Autoplay speed in steps per second. */
  get speed(): number {
    return this.#speed;
  }

  onChange(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #emit(): void {
    for (const fn of this.#listeners) fn(this.#k, this);
  }

  /** Goes to record k (clamped to the run); always notifies, so a redraw follows. */
  seek(k: number): void {
    const next = Math.min(this.last, Math.max(0, Math.round(Number.isFinite(k) ? k : 0)));
    this.#k = next;
    if (this.#k === this.last) this.#stopTimer();
    this.#emit();
  }

  step(delta: number): void {
    this.seek(this.#k + delta);
  }

  /** Replaces the run's length (a new run was computed), keeping k where possible. */
  reset(count: number, k = 0): void {
    this.#count = Math.max(1, count);
    this.#stopTimer();
    this.#wantsPlay = false;
    this.seek(k);
  }

  setSpeed(stepsPerSecond: number): void {
    this.#speed = stepsPerSecond > 0 ? stepsPerSecond : 4;
    if (this.playing) this.#startTimer();
    this.#emit();
  }

  play(): void {
    if (this.#k >= this.last) this.#k = 0;
    this.#wantsPlay = true;
    if (this.#holds.size === 0) this.#startTimer();
    this.#emit();
  }

  pause(): void {
    this.#wantsPlay = false;
    this.#stopTimer();
    this.#emit();
  }

  toggle(): void {
    if (this.playing || this.#wantsPlay) this.pause();
    else this.play();
  }

  /** Holds autoplay for a reason (e.g. 'offscreen'); it resumes once every hold is released. */
  hold(reason: string, on: boolean): void {
    if (on) {
      this.#holds.add(reason);
      this.#stopTimer();
    } else {
      this.#holds.delete(reason);
      if (this.#wantsPlay && this.#holds.size === 0 && this.#k < this.last) this.#startTimer();
    }
  }

  #startTimer(): void {
    this.#timer?.stop();
    this.#timer = interval(() => {
      if (this.#k >= this.last) {
        this.#wantsPlay = false;
        this.#stopTimer();
        this.#emit();
      } else this.step(1);
    }, 1000 / this.#speed);
  }

  #stopTimer(): void {
    this.#timer?.stop();
    this.#timer = null;
    if (this.#k >= this.last) this.#wantsPlay = false;
  }

  /** Stops the timer for good (the widget is torn down). */
  dispose(): void {
    this.#stopTimer();
    this.#listeners.clear();
  }
}
