/** Copy for the embed pages (the frame around a chart) and the embed codes. */

/** Words of the embed pages: the step controls and the way back to the story. */
export interface FrameCopy {
	/** The link from an embed to its place in the full story. */
	readStory: string;
	/** The step controls. */
	previous: string;
	next: string;
	/** "Step {n} of {count}": the position, announced when it changes. */
	stepOf: string;
	/** Accessible name of the group of step controls. */
	stepsLabel: string;
}

/** Words of the "Embed" control under each chart and at the end of the story. */
export interface EmbedCodeCopy {
	/** The disclosure's label under a chart. */
	openChart: string;
	/** The disclosure's label at the end of the story. */
	openStory: string;
	/** One line: which of the two codes to take. */
	choose: string;
	/** Label of the plain iframe code. */
	plain: string;
	/** Label of the pym.js code. */
	pym: string;
	/** The copy button. */
	copy: string;
	/** Announced once a code is on the clipboard. */
	copied: string;
	/** Announced when the clipboard is out of reach and the code is selected instead. */
	selected: string;
}
