/**
 * The shape of the story's copy. One file per language implements it, so a
 * missing key in either edition is a type error. Strings may hold figure
 * tokens ({factId}, {factId|noun}, {derivedId}) and **emphasis**; see
 * src/lib/format/copy.ts. No markup.
 */
import type { Lang } from '$lib/i18n';
import type { SpeakerNotes } from './shared.types';
import type { EconomyCopy } from './economy.types';
import type { RebuildingCopy } from './rebuilding.types';
import type { WhereCopy } from './where.types';
import type { MoneyCopy } from './money.types';
import type { IndustryCopy } from './industry.types';
import type { LivelihoodsCopy } from './livelihoods.types';
import type { ShuangxiCopy } from './shuangxi.types';
import type { PeopleCopy } from './people.types';
import type { TimelineCopy } from './timeline.types';
import type { KnownYearsCopy } from './known-years.types';
import type { Section } from '$lib/data/schema';
import type { EmbedCodeCopy, FrameCopy } from './embed.types';
import type { PresentCopy } from './present.types';
import type { ReaderCopy } from './reader.types';

export type { ChartCopy, ScrollyCopy, SpeakerNotes } from './shared.types';

export interface Copy {
	lang: Lang;
	meta: { title: string; description: string };
	kicker: string;
	/** Accessible name of the link to the other edition. */
	switchLabel: string;
	headline: string;
	dek: string;
	byline: string;
	/** Before the schematic: where Fuling is and what the dam meant for it (reader question 1). */
	intro: string[];
	/** The schematic of the river, the dam and the two places. */
	where: WhereCopy;
	/** After the schematic: what paired assistance is, and whose figures these are (question 2). */
	pairing: string[];
	economy: EconomyCopy;
	between: string[];
	rebuilding: RebuildingCopy;
	money: MoneyCopy;
	industry: IndustryCopy;
	livelihoods: LivelihoodsCopy;
	shuangxi: ShuangxiCopy;
	people: PeopleCopy;
	timeline: TimelineCopy;
	/** The closing figure: the years with an output figure and the years without. */
	knownYears: KnownYearsCopy;
	/** After the closing figure: what else the page leaves unsaid. */
	outro: string[];
	/** Speaker notes for the presentation, per chart and step. */
	speaker: SpeakerNotes;
	methods: MethodsCopy;
	/** The embed pages' own words (step controls, the link to the story). */
	frame: FrameCopy;
	/** The "Embed" control under each chart. */
	embedCode: EmbedCodeCopy;
	/** The presentation mode: the deck, its keys and the speaker view. */
	present: PresentCopy;
	/** The skip link, the animation switch, the data tables and step announcements. */
	reader: ReaderCopy;
}

/** Sources and methods, closing the story. */
export interface MethodsCopy {
	heading: string;
	/** How to read the figures: nominal yuan, output vs GDP, floors, what is missing. */
	notes: string[];
	derivedHeading: string;
	/** How each derived value is worked out, in words, with its tokens. */
	derived: string[];
	figuresHeading: string;
	/** The line that opens the collapsed table of every figure. */
	figuresSummary: string;
	columns: { figure: string; value: string; when: string; source: string };
	/** Group captions in the table, one per data section. */
	sections: Record<Section, string>;
	/** Templates for the "when" column: {year}, {from}, {to}. */
	when: { year: string; period: string; asOf: string };
	/** Marks a figure the page gives as "more than". */
	floor: string;
	downloadsHeading: string;
	downloads: { csv: string; json: string; note: string };
	credit: { heading: string; paragraphs: string[] };
}
