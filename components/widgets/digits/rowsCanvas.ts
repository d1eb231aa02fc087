import { valueAt } from './valueAt';

/**
 * The ten rows of D as ten 8 × 8 images on one canvas (5 × 2), positive pixels in the text
 * colour and negative ones in the series-2 colour, opacity by size against the largest |value|.
 * One canvas instead of 640 SVG squares keeps each step's redraw to a few hundred fills.
 */
const CELL = 6;
const SIDE = 8 * CELL;
const GAP = 14;

export interface RowsCanvas {
  update(d: ArrayLike<number>, label: string): void;
}

export function createRowsCanvas(host: HTMLElement): RowsCanvas {
  const canvas = document.createElement('canvas');
  canvas.width = 5 * (SIDE + GAP);
  canvas.height = 2 * (SIDE + GAP);
  canvas.className = 'd-rows-canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'The ten rows of D: waiting for the run.');
  host.append(canvas);
  const ctx = canvas.getContext('2d');
  return {
    update(d, label) {
      canvas.setAttribute('aria-label', label);
      if (!ctx) return;
      const style = getComputedStyle(canvas);
      const ink = style.getPropertyValue('--text').trim() || '#000';
      const neg = style.getPropertyValue('--series-2').trim() || '#d55e00';
      ctx.fillStyle = style.getPropertyValue('--bg').trim() || '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      let scale = 1e-12;
      for (let i = 0; i < d.length; i++) scale = Math.max(scale, Math.abs(valueAt(d, i)));
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = 'center';
      for (let row = 0; row < 10; row++) {
        const x0 = (row % 5) * (SIDE + GAP) + GAP / 2;
        const y0 = Math.floor(row / 5) * (SIDE + GAP) + 2;
        ctx.strokeStyle = style.getPropertyValue('--border').trim() || '#888';
        ctx.strokeRect(x0 - 0.5, y0 - 0.5, SIDE + 1, SIDE + 1);
        for (let p = 0; p < 64; p++) {
          const v = valueAt(d, row * 64 + p);
          if (v === 0) continue;
          ctx.globalAlpha = Math.min(1, Math.abs(v) / scale);
          ctx.fillStyle = v < 0 ? neg : ink;
          ctx.fillRect(x0 + (p % 8) * CELL, y0 + Math.floor(p / 8) * CELL, CELL, CELL);
        }
        ctx.globalAlpha = 1;
        ctx.fillStyle = ink;
        ctx.fillText(String(row), x0 + SIDE / 2, y0 + SIDE + 11);
      }
    },
  };
}
