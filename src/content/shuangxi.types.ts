/** Copy for the "shuangxi" chapter: shuangxi: the resettlement community as a close-up. */
export interface ShuangxiCopy {
	heading: string;
	paragraphs: string[];
}
