import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [w, h, lang] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
const src = `http://127.0.0.1:4177${lang === 'zh' ? '/zh' : ''}/embed/story/`;
await p.goto(`http://127.0.0.1:4178/?lib=pym${process.env.NOTRACK ? "" : "&trackscroll=1&scrollwait=16"}&src=${encodeURIComponent(src)}`);
await p.waitForTimeout(1500);
const frame = p.frames()[1];
console.log('layout', await frame.evaluate(() => [...document.querySelectorAll('[data-scrolly]')].map(s => s.dataset.layout).join(',')));
// scroll host to the economy section
const iframeTop = await p.locator('#host-embed iframe').evaluate(el => el.getBoundingClientRect().top + scrollY);
const secTop = await frame.evaluate(() => document.querySelector('[data-scrolly="economy"]').getBoundingClientRect().top);
const steps = await frame.evaluate(() => [...document.querySelectorAll('[data-scrolly="economy"] [data-step]')].map(s => s.getBoundingClientRect().top));
console.log({iframeTop, secTop, steps});
let i = 0;
for (const st of steps) {
  await p.evaluate(y => window.scrollTo(0, y), iframeTop + st - Number(h) * 0.5);
  await p.waitForTimeout(600);
  const a = await frame.evaluate(() => document.querySelector('[data-scrolly="economy"]').dataset.activeStep);
  const g = await frame.evaluate(() => document.querySelector('[data-scrolly="economy"] .graphic').getBoundingClientRect().top);
  console.log('step', i, 'active', a, 'graphicTopInHost', iframeTop + g - await p.evaluate(() => scrollY));
  await p.screenshot({ path: `/tmp/emb/story-${w}-${lang}-${i}.png` });
  i++;
}
const attr = await p.locator('#host-embed iframe').getAttribute('height');
const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
console.log({attr, inner});
await b.close();
