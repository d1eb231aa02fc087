/** A titled panel of a digits figure (title, body, legend line), appended to the panels' grid. */
export function panel(grid: HTMLElement, title: string, legend: string): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'digit-panel';
  const head = document.createElement('p');
  head.className = 'panel-title';
  head.textContent = title;
  const body = document.createElement('div');
  const p = document.createElement('p');
  p.className = 'legend';
  p.textContent = legend;
  box.append(head, body, p);
  grid.append(box);
  return body;
}
