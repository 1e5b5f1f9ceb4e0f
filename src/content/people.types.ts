/** Copy for the "people" chapter: people and exchange: officials, delegations, training. */
export interface PeopleCopy {
	heading: string;
	paragraphs: string[];
}
