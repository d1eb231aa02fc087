import { valueAt } from '../digits/valueAt';

/**
 * The confusion matrix as an HTML table (rows: true digit, columns: digit read), each cell
 * shaded by its share of its row; the diagonal holds the right answers.
 */
export interface ConfusionTable {
  update(confusion: ArrayLike<number>, caption: string): void;
}

export function createConfusionTable(host: HTMLElement): ConfusionTable {
  const table = document.createElement('table');
  table.className = 'confusion';
  const caption = table.createCaption();
  const head = table.createTHead().insertRow();
  head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: 'true ↓ read →' }));
  for (let c = 0; c < 10; c++)
    head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: String(c) }));
  const body = table.createTBody();
  const cells: HTMLTableCellElement[] = [];
  for (let r = 0; r < 10; r++) {
    const row = body.insertRow();
    row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: String(r) }));
    for (let c = 0; c < 10; c++) {
      const td = row.insertCell();
      if (r === c) td.className = 'diagonal';
      cells.push(td);
    }
  }
  host.append(table);
  return {
    update(confusion, text) {
      caption.textContent = text;
      for (let r = 0; r < 10; r++) {
        let total = 0;
        for (let c = 0; c < 10; c++) total += valueAt(confusion, r * 10 + c);
        for (let c = 0; c < 10; c++) {
          const n = valueAt(confusion, r * 10 + c);
          const td = cells[r * 10 + c] as HTMLTableCellElement;
          td.textContent = String(n);
          const share = total ? n / total : 0;
          // At most 45 % colour under the text, which keeps it readable in both themes.
          const colour = r === c ? 'var(--series-1)' : 'var(--series-2)';
          td.style.background = n
            ? `color-mix(in srgb, ${colour} ${Math.round(45 * Math.sqrt(share))}%, transparent)`
            : '';
        }
      }
    },
  };
}
