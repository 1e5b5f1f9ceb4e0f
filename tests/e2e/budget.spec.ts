// Budgets: what each kind of page may cost to load, in bytes (gzip, as a
// reader's browser receives them) and in DOM elements once it runs. Bytes
// and counts only, never timings: those depend on the machine, and live in
// the benchmark (npm run bench). A change that makes a page heavier than its
// budget fails here, naming the page, the kind and both figures; raise a
// budget only on purpose, in the same commit as the weight, saying why.
//
// Each budget is the page's weight when it was set, plus a little room
// (about 5 %) so that a copy edit does not fail the build. The JS figure
// counts every script the page runs, the edition's copy (loaded on its own)
// included.
import { expect, test } from './support/fixtures';
import { hydrated } from './support/ready';
import { weigh } from '../support/weigh';

interface Budget {
	/** gzip bytes of every script, stylesheet and the HTML document the page loads. */
	js: number;
	css: number;
	html: number;
	/** Elements in the document once it has started. */
	dom: number;
}

// Set with the CSP meta in every page, from (js / css / html gzip bytes, elements):
// / 107,966 / 10,476 / 66,488, 2,267; /zh/ 109,057 / 10,476 / 66,212, 2,276; the
// economy embed 97,922 / 7,746 / 3,535, 137; the story embed 109,635 / 10,534 /
// 66,024, 3,362; the deck 99,829 / 8,048 / 2,696, 130. The stories' elements
// re-set once their scroll sections held their charts until the reader is
// near (1,990 on /, 2,004 on /zh/ at 09a6f2b).
const BUDGETS: Record<string, Budget> = {
	'/': { js: 113_000, css: 11_000, html: 70_000, dom: 2_100 },
	'/zh/': { js: 114_000, css: 11_000, html: 70_000, dom: 2_100 },
	'/embed/economy/': { js: 103_000, css: 8_200, html: 3_800, dom: 150 },
	'/embed/story/': { js: 115_000, css: 11_100, html: 70_000, dom: 3_550 },
	'/present/': { js: 105_000, css: 8_500, html: 2_900, dom: 140 }
};

/** The pages with scroll sections have started once every section is live. */
const ready = (path: string) => (/^\/(zh\/)?$/.test(path) ? hydrated : undefined);

for (const [path, budget] of Object.entries(BUDGETS)) {
	test(`${path} stays within its budget @desktop`, async ({ page }) => {
		const { bytes, dom } = await weigh(page, path, ready(path));
		const got = { js: bytes.js.gzip, css: bytes.css.gzip, html: bytes.html.gzip, dom };
		test.info().annotations.push({ type: 'weight', description: JSON.stringify(got) });
		for (const k of Object.keys(budget) as (keyof Budget)[]) {
			expect(got[k], `${path}: ${k} ${got[k]} over its budget of ${budget[k]}`).toBeLessThanOrEqual(
				budget[k]
			);
		}
	});
}
