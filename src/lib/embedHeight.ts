/** The message an embed posts to the page around its iframe. */
export const HEIGHT_MESSAGE = 'unrolled:height';

/**
 * Posts the embed's content height to the parent page whenever it changes (panels opening, a
 * notice, a wider or narrower iframe). Measured from the content, not the viewport, so the iframe
 * can shrink as well as grow. Does nothing outside an iframe.
 */
export function postHeight(): void {
  if (window.parent === window) return;
  const main = document.querySelector('main');
  if (!main) return;
  let last = 0;
  const post = () => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(
      main.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(main);
  post();
}
