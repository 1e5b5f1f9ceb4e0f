/** Copy for the "money" chapter: the money: free donations against trade investment. */
export interface MoneyCopy {
	heading: string;
	paragraphs: string[];
}
