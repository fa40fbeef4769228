import { launchBrowser } from './tests/e2e/browser.ts';
const b = await launchBrowser();
for (const [path, w, h, name] of [['/en/embed/trends/g1-partner/', 320, 480, 'e320'], ['/fr/embed/countries/DEU/exporter-1-chart/', 700, 500, 'e700'], ['/es/embed/home/home-value-1/', 1200, 600, 'e1200']] as const) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4399' + path);
  await p.screenshot({ path: `test-results/tmp-${name}.png` });
  await p.close();
}
const p = await b.newPage({ viewport: { width: 1280, height: 1000 } });
await p.goto('http://127.0.0.1:4399/en/trends/');
await p.locator('.chart-frame').first().locator('[role=tab]').nth(2).click();
await p.locator('.chart-frame').first().screenshot({ path: 'test-results/tmp-share.png' });
await p.locator('footer details summary').click();
await p.locator('footer').screenshot({ path: 'test-results/tmp-footer.png' });
await b.close();
