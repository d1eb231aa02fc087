import lighthouse from 'lighthouse';
import { launchChrome } from '/work/main/tests/support/lighthouse.mjs';
const chrome = await launchChrome();
const r = await lighthouse(process.argv[2], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['best-practices','seo'] });
for (const id of ['errors-in-console','inspector-issues','is-crawlable']) console.log(id, JSON.stringify(r.lhr.audits[id].details?.items, null, 1).slice(0, 1500));
await chrome.kill();
