/** Copy for the rebuilding scroll section: roads, docks, water, sewage and public facilities. */
import type { GroupId } from '$lib/charts/rebuilding/state';
import type { ChartCopy, ScrollyCopy } from './shared.types';

export interface RebuildingCopy extends ScrollyCopy {
	chart: ChartCopy & {
		/** Opens the screen-reader description; the visible groups follow. */
		ariaLead: string;
		/** Short label above each group of marks. */
		groups: Record<GroupId, string>;
		/** Captions for the two scales that are not counts. */
		kmScale: string;
		rateScale: string;
		/** "Each square is one …". */
		unitKey: string;
	};
}
