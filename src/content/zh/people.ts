import type { PeopleCopy } from '../people.types';

export const people: PeopleCopy = {
	heading: '',
	paragraphs: []
};
