/** Copy for the "industry" chapter: industry and firms: Wahaha in 1994, paired firms, leading industries. */
export interface IndustryCopy {
	heading: string;
	paragraphs: string[];
}
