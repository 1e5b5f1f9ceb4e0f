/** Copy for the "timeline" chapter: the dated events, 1992–2021. */
export interface TimelineCopy {
	heading: string;
	paragraphs: string[];
}
