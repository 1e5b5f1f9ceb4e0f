/** Copy for the "where" chapter: the geography: where Fuling is and what the reservoir flooded. */
export interface WhereCopy {
	heading: string;
	paragraphs: string[];
}
