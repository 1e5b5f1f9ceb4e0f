import type { IndustryCopy } from '../industry.types';

export const industry: IndustryCopy = {
	heading: '',
	paragraphs: []
};
