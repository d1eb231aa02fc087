/**
 * The drawing surface: a 32 × 32 bitmap on a canvas, with the 4 × 4 blocks outlined. Mouse,
 * pen and touch draw with a round pen; the keyboard moves a cursor (arrow keys; Shift+arrow inks
 * as it moves) and Space toggles the cell under it. Keys used here do not reach the widget's
 * stepping keys.
 */
import { SIZE, stamp } from './bitmap';

const PX = 8; // canvas pixels per cell

export interface DrawingPad {
  canvas: HTMLCanvasElement;
  redraw(): void;
}

/** A pad drawing into `bitmap`; `changed` runs after every change (the caller re-inverts). */
export function createPad(host: HTMLElement, bitmap: Uint8Array, changed: () => void, label: string): DrawingPad {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * PX;
  canvas.className = 'draw-pad';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', 'drawing surface');
  canvas.setAttribute('aria-label', label);
  host.append(canvas);
  const cursor = { row: 16, col: 16, visible: false };
  const ctx = canvas.getContext('2d');

  const redraw = () => {
    if (!ctx) return;
    const style = getComputedStyle(canvas);
    const ink = style.getPropertyValue('--text').trim() || '#000';
    ctx.fillStyle = style.getPropertyValue('--bg').trim() || '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = ink;
    for (let i = 0; i < bitmap.length; i++) {
      if (bitmap[i]) ctx.fillRect((i % SIZE) * PX, Math.floor(i / SIZE) * PX, PX, PX);
    }
    ctx.strokeStyle = style.getPropertyValue('--border').trim() || '#888';
    ctx.lineWidth = 1;
    for (let b = 0; b <= 8; b++) {
      ctx.beginPath();
      ctx.moveTo(b * 4 * PX + 0.5, 0);
      ctx.lineTo(b * 4 * PX + 0.5, canvas.height);
      ctx.moveTo(0, b * 4 * PX + 0.5);
      ctx.lineTo(canvas.width, b * 4 * PX + 0.5);
      ctx.stroke();
    }
    if (cursor.visible) {
      ctx.strokeStyle = style.getPropertyValue('--focus').trim() || '#c2410c';
      ctx.lineWidth = 3;
      ctx.strokeRect(cursor.col * PX + 1.5, cursor.row * PX + 1.5, PX - 3, PX - 3);
    }
  };

  const cellAt = (event: PointerEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * SIZE);
    const row = Math.floor(((event.clientY - box.top) / box.height) * SIZE);
    return [Math.min(SIZE - 1, Math.max(0, row)), Math.min(SIZE - 1, Math.max(0, col))];
  };
  let drawing: number | null = null;
  let last: [number, number] | null = null;
  const paint = (event: PointerEvent) => {
    const [row, col] = cellAt(event);
    // Fill the gap since the last event, so a fast stroke stays connected.
    const [r0, c0] = last ?? [row, col];
    const steps = Math.max(Math.abs(row - r0), Math.abs(col - c0), 1);
    for (let s = 1; s <= steps; s++) {
      stamp(bitmap, Math.round(r0 + ((row - r0) * s) / steps), Math.round(c0 + ((col - c0) * s) / steps));
    }
    last = [row, col];
    redraw();
  };
  canvas.addEventListener('pointerdown', (event) => {
    drawing = event.pointerId;
    last = null;
    canvas.setPointerCapture(event.pointerId);
    paint(event);
    event.preventDefault();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (event.pointerId === drawing) paint(event);
  });
  const stop = (event: PointerEvent) => {
    if (event.pointerId !== drawing) return;
    drawing = null;
    changed();
  };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);

  const MOVES: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = MOVES[event.key];
    if (move) {
      cursor.row = Math.min(SIZE - 1, Math.max(0, cursor.row + move[0]));
      cursor.col = Math.min(SIZE - 1, Math.max(0, cursor.col + move[1]));
      if (event.shiftKey) bitmap[cursor.row * SIZE + cursor.col] = 1;
    } else if (event.key === ' ') {
      const i = cursor.row * SIZE + cursor.col;
      bitmap[i] = bitmap[i] ? 0 : 1;
    } else return;
    event.preventDefault();
    event.stopPropagation();
    redraw();
    if (event.key === ' ' || event.shiftKey) changed();
  });
  canvas.addEventListener('focus', () => {
    cursor.visible = true;
    redraw();
  });
  canvas.addEventListener('blur', () => {
    cursor.visible = false;
    redraw();
  });
  redraw();
  return { canvas, redraw };
}
