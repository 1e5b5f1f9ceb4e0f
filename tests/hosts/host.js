// Builds the host page from its query: ?lib=pym|frames|datawrapper|plain
// &src=<embed URL>[&trackscroll=1][&column=<css width>][&filler=<paragraphs>].
// Each lib is used the way a newsroom's CMS uses it.
(function () {
	const q = new URLSearchParams(location.search);
	const src = q.get('src') || '';
	const lib = q.get('lib') || 'pym';
	const box = /** @type {HTMLElement} */ (document.getElementById('host-embed'));
	/** @type {any} The page's globals: the libraries and what the tests read. */
	const page = window;
	// Every message the page receives, for the tests to read.
	page.hostMessages = [];
	window.addEventListener('message', (event) => page.hostMessages.push(event.data));
	const column = q.get('column');
	if (column) document.documentElement.style.setProperty('--column', column);

	for (const el of document.querySelectorAll('[data-filler]')) {
		if (!(el instanceof HTMLElement)) continue;
		const n = Number(q.get('filler') || el.dataset.filler);
		for (let i = 0; i < n; i++) {
			const p = document.createElement('p');
			p.textContent =
				'This paragraph stands in for the host article around the embed. It is long enough ' +
				'to wrap over several lines at any width, so the page scrolls as a real one does.';
			el.append(p);
		}
	}

	/** @param {string} path @param {() => void} then */
	function script(path, then) {
		const s = document.createElement('script');
		s.src = path;
		s.onload = then;
		document.head.append(s);
	}

	function plainFrame() {
		const frame = document.createElement('iframe');
		frame.src = src;
		frame.title = 'Embedded graphic';
		frame.width = '100%';
		frame.height = '400';
		frame.style.border = '0';
		frame.setAttribute('scrolling', 'no');
		box.append(frame);
		return frame;
	}

	// What Datawrapper's embed script does, written from its documented
	// behaviour: find the frame that sent the message (by source, or in the
	// older script by a src containing the key) and set its height.
	function datawrapperListener() {
		window.addEventListener('message', (event) => {
			const sizes = event.data && event.data['datawrapper-height'];
			if (!sizes || typeof sizes !== 'object') return;
			const frames = document.querySelectorAll('iframe');
			for (const key of Object.keys(sizes)) {
				for (const frame of frames) {
					if (frame.contentWindow === event.source || frame.src.includes(key)) {
						frame.style.height = sizes[key] + 'px';
					}
				}
			}
		});
	}

	if (lib === 'pym') {
		script('/lib/pym.v1.min.js', () => {
			page.hostParent = new page.pym.Parent('host-embed', src, {
				title: 'Embedded graphic',
				trackscroll: q.get('trackscroll') === '1',
				scrollwait: Number(q.get('scrollwait') || 100)
			});
		});
	} else if (lib === 'frames') {
		script('/lib/frames.umd.js', () => {
			page.hostParent = new page.newswireFrames.Framer(box, {
				src,
				attributes: { title: 'Embedded graphic' }
			});
		});
	} else if (lib === 'datawrapper') {
		datawrapperListener();
		plainFrame();
	} else {
		plainFrame();
	}
})();
