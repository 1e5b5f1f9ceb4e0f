import type { EmbedCodeCopy, FrameCopy } from '../embed.types';

export const frame: FrameCopy = {
	readStory: 'Read the full story',
	previous: 'Previous',
	next: 'Next',
	stepOf: 'Step {n} of {count}',
	stepsLabel: 'Steps of this chart'
};

export const embedCode: EmbedCodeCopy = {
	open: 'Embed'
};
