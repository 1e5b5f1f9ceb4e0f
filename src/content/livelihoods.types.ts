/** Copy for the "livelihoods" chapter: livelihoods: schools, health, the elderly, community centres, fitness and libraries. */
export interface LivelihoodsCopy {
	heading: string;
	paragraphs: string[];
}
