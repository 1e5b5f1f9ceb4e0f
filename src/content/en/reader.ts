import type { ReaderCopy } from '../reader.types';

export const reader: ReaderCopy = {
	skipLink: 'Skip to the story',
	motion: {
		label: 'Animation',
		on: 'on',
		off: 'off',
		systemOff: 'Animation is off: your device asks for reduced motion.'
	},
	data: {
		summary: 'Show the data',
		caption: 'The figures in “{title}”'
	},
	chartNow: 'The chart now shows: {description}'
};
