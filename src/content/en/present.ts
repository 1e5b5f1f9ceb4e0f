import type { PresentCopy } from '../present.types';

export const present: PresentCopy = {
	title: 'Presentation: {title}',
	speakerTitle: 'Speaker view: {title}',
	start: 'Press → or the clicker to begin. Press ? for the keys.',
	slideOf: 'Slide {n} of {count}',
	goTo: 'Go to slide {n}',
	controls: {
		label: 'Presentation controls',
		previous: 'Previous slide',
		next: 'Next slide',
		fullscreen: 'Full screen',
		speaker: 'Speaker view',
		help: 'Keys',
		blank: 'Black screen'
	},
	help: {
		heading: 'Keys',
		close: 'Close',
		rows: [
			{ keys: ['→', '↓', 'Space', 'Page Down', 'N', 'Enter'], does: 'Next slide' },
			{ keys: ['←', '↑', 'Shift+Space', 'Page Up', 'P', 'Backspace'], does: 'Previous slide' },
			{ keys: ['Home', 'End'], does: 'First or last slide' },
			{ keys: ['12', 'Enter'], does: 'Go to slide 12' },
			{ keys: ['F'], does: 'Full screen on or off (Esc leaves it)' },
			{ keys: ['B', '.'], does: 'Black screen, and back' },
			{ keys: ['S'], does: 'Speaker view, in a second window' },
			{ keys: ['?'], does: 'Show or hide this list' }
		],
		clicker:
			'A presenter clicker works as it is: it sends Page Down and Page Up. On a touch screen, swipe, or tap near the right or left edge.'
	},
	end: {
		heading: 'Where the figures come from',
		paragraphs: [
			'Every figure here is the official account of Fuling district, from a full newspaper page published in 2021 to mark {partnershipYears} years of paired assistance from Zhejiang.',
			'Money is in nominal yuan, not adjusted for inflation. The figures could not be checked independently, and they cannot show how much of the change the help caused.'
		],
		story: 'The full story, with its sources and every figure:'
	},
	noscript:
		'The presentation needs JavaScript to step through its slides. The full story reads without it:',
	storyLink: 'Present this story: slides for a talk, stepped with the keyboard or a clicker',
	notes: {
		title:
			'Introduce the subject: in 1992 China approved the Three Gorges Dam, and Zhejiang, on the coast, was paired with Fuling, upstream, to help it through the resettlement. Say where the figures come from: the district’s own account, published in 2021.',
		end: 'Close on the source: one official page, in nominal yuan, unchecked, and silent on cause. Point the audience to the full story for every figure and its wording.'
	},
	speaker: {
		now: 'Now',
		next: 'Next',
		notes: 'Notes',
		last: 'End of the slides',
		clock: 'Time',
		elapsed: 'Elapsed',
		reset: 'Restart the timer',
		blanked: 'The screen is black',
		otherEdition: '中文备注',
		lead: 'Keep this window on your own screen. It follows the slides, and the keys here move them too.'
	}
};
