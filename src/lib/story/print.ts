/**
 * On paper a link cannot be followed, so its address is printed after it
 * (app.css prints `data-print-href`). Written here rather than with CSS's
 * attr(href) so the address is the full one a reader can type, not the
 * page-relative path in the markup. Links within the page (#…) and links
 * whose text already is the address are left alone.
 */
export function markPrintLinks(root: ParentNode): void {
	for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		const raw = a.getAttribute('href') ?? '';
		if (raw.startsWith('#') || a.textContent?.trim() === a.href) continue;
		a.dataset.printHref = printableHref(a.href, raw);
	}
}

/** The address as printed: absolute, without a trailing "index.html" or a needless hash. */
export function printableHref(absolute: string, raw: string): string {
	try {
		const url = new URL(absolute);
		if (!raw.includes('#')) url.hash = '';
		return url.href.replace(/\/index\.html$/, '/');
	} catch {
		return raw;
	}
}
