import type { TimelineCopy } from '../timeline.types';

export const timeline: TimelineCopy = {
	heading: '',
	paragraphs: []
};
