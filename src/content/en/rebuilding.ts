/** English copy for the rebuilding section. Every number is a token resolved from the data module. */
import type { RebuildingCopy } from '../rebuilding.types';

export const rebuilding: RebuildingCopy = {
	heading: 'What was rebuilt for the people who moved',
	steps: [
		'First the networks: roads above ground and sewage pipes below, on one kilometre scale. By 2021, the district says, every village in its resettlement townships could be reached by road.',
		'Then works counted one by one: docks for the riverside towns, drinking-water projects, and sewage and garbage treatment plants. The page gives counts, not capacity or people served.',
		'The largest count is public facilities now in use, from service centres and bus stations to farmers’ markets. Very different things are counted alike, so read it as a tally, not a size.',
		'Last, the industrial parks built for local produce such as bamboo shoots, white tea and bayberries, and the share of household sewage in the resettlement towns treated centrally by 2021.'
	],
	chart: {
		title: 'Fuling’s resettlement infrastructure, by kind',
		subtitle: 'Totals to 2021: kilometres, counts and a rate, each on its own scale.',
		source: 'Source: 2021 newspaper page (Fuling district figures); totals to 2021.',
		notes: [],
		ariaLead: 'Chart of resettlement infrastructure in Fuling.',
		groups: {
			resettlementRoadsKm: 'Roads',
			sewerPipesKm: 'Sewage pipes',
			resettlementDocks: 'Docks',
			drinkingWaterProjects: 'Drinking-water projects',
			sewageGarbagePlants: 'Sewage and garbage plants',
			supportFacilities: 'Public facilities',
			industrialParks: 'Industrial parks',
			sewageTreatmentRate: 'Sewage treated centrally'
		},
		kmScale: 'km',
		rateScale: '100%',
		unitKey: 'One square = one dock, project, plant, facility or park.'
	}
};
