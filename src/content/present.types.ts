/** Copy for the presentation mode: the deck, its key list and the speaker view. */

/** One row of the key list: the keys (as printed on the keycaps) and what they do. */
export interface KeyRow {
	keys: string[];
	does: string;
}

export interface PresentCopy {
	/** The deck's <title> and hidden h1; {title} is the story's title. */
	title: string;
	/** The speaker view's <title>. */
	speakerTitle: string;
	/** On the title slide: how to begin. */
	start: string;
	/** "Slide {n} of {count}", for screen readers; the screen shows "n / count". */
	slideOf: string;
	/** While a slide number is typed: "Go to slide {n}". */
	goTo: string;
	/** The buttons that show on mouse movement. */
	controls: {
		label: string;
		previous: string;
		next: string;
		fullscreen: string;
		speaker: string;
		help: string;
		/** The speaker view's toggle for the black screen. */
		blank: string;
	};
	help: { heading: string; close: string; rows: KeyRow[]; clicker: string };
	/** The last slide: where the figures come from, and the story's address. */
	end: { heading: string; paragraphs: string[]; story: string };
	/** For readers whose browser runs no script: the deck needs one. */
	noscript: string;
	/** The story page's link to this mode. */
	storyLink: string;
	/** Speaker notes for the two slides that are not charts. */
	notes: { title: string; end: string };
	/** The speaker view's own words. */
	speaker: {
		now: string;
		next: string;
		notes: string;
		/** Shown in place of the next slide after the last one. */
		last: string;
		clock: string;
		elapsed: string;
		reset: string;
		/** Shown over the current slide while the screen is blanked. */
		blanked: string;
		/** The link to the same view with the other edition's notes. */
		otherEdition: string;
		/** What the view is for, under its heading. */
		lead: string;
	};
}
