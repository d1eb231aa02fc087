/**
 * Sets a mark's attributes (and its text), skipping every one whose value is unchanged: an SVG
 * attribute written again, even with the same value, costs the element a style recalculation
 * and a layout pass, and a step moves only a few of a figure's marks. The attributes come out
 * as d3's `.attr` would write them (the value as a string; null removes it).
 */
export function setAttrs(node: Element | null, attrs: Record<string, string | number | null>, text?: string): void {
  if (!node) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) node.removeAttribute(name);
    else if (node.getAttribute(name) !== String(value)) node.setAttribute(name, String(value));
  }
  if (text !== undefined && node.textContent !== text) node.textContent = text;
}
