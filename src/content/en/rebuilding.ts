/** English copy for the rebuilding section. Every number is a token resolved from the data module. */
import type { RebuildingCopy } from '../rebuilding.types';

export const rebuilding: RebuildingCopy = {
	heading: 'What was rebuilt for the people who moved',
	steps: [
		'Roads first: {resettlementRoadsKm} of resettlement roads were rebuilt. By 2021, according to the district, every village in its resettlement townships could be reached by road.',
		'Below ground, {sewerPipesKm} of sewage pipes, drawn to the same kilometre scale as the roads.',
		'On the water, {resettlementDocks|noun} were rebuilt for the resettled towns. Each square is one dock.',
		'By the district’s count, {drinkingWaterProjects} drinking-water projects were rebuilt.',
		'So were {sewageGarbagePlants} sewage and garbage treatment plants for the towns.',
		'The largest count: {supportFacilities} public facilities in use, from service centres and bus stations to farmers’ markets. One square each.',
		'By 2021, the page says, {sewageTreatmentRate} of household sewage in the resettlement towns was treated centrally, and {industrialParks|words} industrial parks had been built for local produce such as bamboo shoots, white tea and bayberries.'
	],
	chart: {
		title: 'What was rebuilt in Fuling’s resettlement areas',
		source: 'Source: 2021 newspaper page (Fuling district figures); totals to 2021.',
		notes: ['Kilometres, counts and the percentage each have their own scale.'],
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
