/** SVG path data of the step buttons' icons (24 × 24). */
export const ICON_PATHS: Record<string, string> = {
  reset: 'M5 4h2v16H5zM19 4v16L8 12z',
  back: 'M17 4v16L6 12z',
  play: 'M7 4v16l12-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M7 4v16l11-8z M18 4h2v16h-2z',
  end: 'M5 4v16l11-8zM17 4h2v16h-2z',
};
