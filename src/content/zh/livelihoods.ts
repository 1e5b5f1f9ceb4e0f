import type { LivelihoodsCopy } from '../livelihoods.types';

export const livelihoods: LivelihoodsCopy = {
	heading: '',
	paragraphs: []
};
