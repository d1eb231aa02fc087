/**
 * Live-equation slots. `\slot{name}` in an equation's source becomes
 * `\htmlData{slot=name}{\square}`: KaTeX (with `trust` for \htmlData) typesets it at build time
 * as a `<span data-slot="name">`, and the widget's binder writes the step's number into it.
 */
export function slotted(tex: string): string {
  return tex.replace(/\\slot\{([a-z0-9]+)\}/gi, (_, name: string) => `{\\htmlData{slot=${name}}{\\square}}`);
}
