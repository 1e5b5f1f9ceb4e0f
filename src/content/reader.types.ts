/**
 * Copy for readers the charts alone would not serve: the skip link, the
 * animation switch, the data tables under the charts and what a screen
 * reader hears when a step changes.
 */
export interface ReaderCopy {
	/** The first link on the page, visible on focus: to the story's first section. */
	skipLink: string;
	/** The switch that turns the story's animation off (and back on), remembered on this device. */
	motion: {
		/** The switch's visible name. */
		label: string;
		/** Its two states, shown beside the name. */
		on: string;
		off: string;
		/** Shown instead of the switch when the device already asks for reduced motion. */
		systemOff: string;
	};
	/** The collapsible table under each chart. */
	data: {
		/** The line that opens it. */
		summary: string;
		/** The table's caption: {title} is the chart's title. */
		caption: string;
	};
	/** Announced politely when a scroll section's chart settles on a new step: {description}. */
	chartNow: string;
}
