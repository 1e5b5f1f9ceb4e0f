import type { EmbedCodeCopy, FrameCopy } from '../embed.types';

export const frame: FrameCopy = {
	readStory: 'Read the full story',
	previous: 'Previous',
	next: 'Next',
	stepOf: 'Step {n} of {count}',
	stepsLabel: 'Steps of this chart'
};

export const embedCode: EmbedCodeCopy = {
	openChart: 'Embed this chart',
	openStory: 'Embed this story',
	choose:
		'Use the pym.js code where your page can run scripts: the frame then fits its content at any width. Otherwise, use the plain iframe.',
	plain: 'Plain iframe, works anywhere',
	pym: 'With pym.js, resizes itself',
	copy: 'Copy',
	copied: 'Copied',
	selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy'
};
