import type { WhereCopy } from '../where.types';

export const where: WhereCopy = {
	heading: '',
	paragraphs: []
};
