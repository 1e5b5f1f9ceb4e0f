/** Speaker notes for the presentation: what to say over each chart, one entry per step. */
import type { SpeakerNotes } from '../shared.types';

export const speaker: SpeakerNotes = {
	where: [''],
	economy: ['', '', '', '', ''],
	rebuilding: ['', '', '', '', '', '', ''],
	money: ['', '', '', '', ''],
	'industry-firms': [''],
	'industry-panel': [''],
	livelihoods: ['', '', '', '', '', ''],
	'shuangxi-waffle': [''],
	'shuangxi-change': [''],
	people: [''],
	timeline: ['']
};
