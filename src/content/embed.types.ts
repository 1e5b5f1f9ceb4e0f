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

/** Words of the "Embed" control under each chart. */
export interface EmbedCodeCopy {
	/** The control's label. */
	open: string;
}
