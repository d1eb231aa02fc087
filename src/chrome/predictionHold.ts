/**
 * The hold a prediction puts on its widget (issue 17): until the reader commits a guess or
 * skips, the widget's figure, readout and controls are hidden (`data-held`, styled in
 * Prediction.astro) and inert, so neither the eye nor the keyboard nor a screen reader meets
 * the answer first. A note before the widget says why and links back to the question. A "try
 * this" button aimed at the held widget is the reader choosing to look: `onLook` hears it.
 */

/** Holds the widget `widgetId` for the prediction `box`; returns the release. */
export function holdWidget(box: HTMLElement, widgetId: string, onLook: () => void): () => void {
  const widget = document.getElementById(widgetId);
  if (!widget) return () => {};
  const onTry = (event: Event) => {
    if ((event.target as Element | null)?.closest?.(`[data-try-target="${CSS.escape(widgetId)}"]`)) onLook();
  };
  // Captured, so the widget is released before the button's own handler moves it.
  document.addEventListener('click', onTry, true);
  const note = document.createElement('p');
  note.className = 'prediction-hold';
  note.id = `${widgetId}-held`;
  const title = box.querySelector('h3')?.textContent ?? 'Predict first';
  note.append('This figure is held until you answer the prediction ');
  const link = document.createElement('a');
  link.href = `#${box.id}`;
  link.textContent = `“${title}”`;
  note.append(link, ', or skip it.');
  widget.before(note);
  widget.dataset.held = 'true';
  widget.inert = true;
  return () => {
    document.removeEventListener('click', onTry, true);
    note.remove();
    delete widget.dataset.held;
    widget.inert = false;
  };
}
