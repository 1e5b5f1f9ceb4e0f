/**
 * The "Show the data" table under a chart: one row per figure its marks
 * encode (the spec's `facts`, in the spec's order), each written exactly as
 * the methods table writes it, so a figure reads the same wherever it is
 * listed. A chart that encodes no figure (a list in words) gets no table.
 */
import type { Copy, MethodsCopy } from '$content/types';
import { fact } from '$lib/data';
import { SPECS, type ChartId } from '$lib/charts/specs';
import { methodsRow, type MethodsRow } from './methods';

export interface ChartDataTable {
	/** The table's caption: the reader copy's, naming the chart's title. */
	caption: string;
	/** The column heads, the methods table's own. */
	columns: MethodsCopy['columns'];
	rows: MethodsRow[];
}

/** The table for a chart in an edition, or null when the chart encodes no figure. */
export function chartDataTable(id: ChartId, copy: Copy): ChartDataTable | null {
	const spec = SPECS[id];
	const ids = [...new Set(spec.facts)];
	if (ids.length === 0) return null;
	const { title } = spec.copy(copy) as { title: string };
	return {
		caption: copy.reader.data.caption.replace('{title}', title),
		columns: copy.methods.columns,
		rows: ids.map((f) => methodsRow(fact(f), copy.lang, copy.methods.when))
	};
}
