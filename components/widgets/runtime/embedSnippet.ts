/** The iframe code an embed is pasted with (share box, teachers' link builder). */

/**
 * An iframe for `src` and the one-line script that sets its height to the height the embed posts.
 * `seed` keeps two embeds on one page apart (their iframe ids differ).
 */
export function iframeSnippet(src: string, title: string, seed: string): string {
  const frameId = `unrolled-${seed}-${Math.abs(hash(src)).toString(36)}`;
  const safeTitle = title.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
  const safeSrc = src.replace(/"/g, '%22');
  return (
    `<iframe src="${safeSrc}" id="${frameId}" title="${safeTitle}" width="100%" height="1000" loading="lazy" style="border:0"></iframe>\n` +
    `<script>addEventListener("message",function(e){var f=document.getElementById("${frameId}");` +
    `if(f&&e.source===f.contentWindow&&e.data&&e.data.type==="unrolled:height")f.style.height=e.data.height+"px"})</script>`
  );
}

/** A short stable hash, so two embeds on one page get different iframe ids. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
