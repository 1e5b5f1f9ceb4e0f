import type { LivelihoodsCopy } from '../livelihoods.types';

export const livelihoods: LivelihoodsCopy = {
	heading: 'Schools, clinics and care homes',
	paragraphs: [
		'Beyond roads and sewers, the page lists Zhejiang money for everyday services: a school, health care, the elderly, community centres, fitness sites and libraries. Each sum comes with what the district counts in that area.'
	],
	steps: [
		'Zhejiang has given {friendshipSchoolAid} to the Zhejiang-Fuling Friendship School, for its move and facilities. Paired with Hangzhou’s Anji Road Experimental School, it was in Chongqing’s first batch of “smart campuses” and has won {schoolHonors|noun} at provincial level or above. Schools in the two places have formed {schoolPairs} one-to-one pairs.',
		'For health care, Zhejiang gave {healthAid} in free funding. The district counts {healthInstitutions} township health centres and other medical institutions built, and {medicsTrained} medical staff trained.',
		'For the elderly, {nursingHomeFunds} of assistance funds went into care, and {nursingHomes|noun} were built.',
		'Community service centres received the largest sum in the chart, {communityCentreFunds}. The district counts {communityCentres} centres built.',
		'For fitness and reading, the page gives only a floor: {fitnessLibraryFunds}, with {fitnessSites} fitness sites and {libraries|noun} built. The bar fades at its end because the true sum is higher.',
		'On one scale, the sums run from {communityCentreFunds} for community centres down to {fitnessLibraryFunds} for fitness and libraries. The page does not say how each sum was spent, so the chart sets the money beside the counts rather than dividing one by the other.'
	],
	chart: {
		title: 'Zhejiang money for daily life, by area',
		source: 'Source: Fuling district, published 2021; totals to date.',
		notes: [
			'Money bars share one scale, in nominal yuan. Squares: things built. Dots: honours, school pairings, medics trained.'
		],
		ariaFocus:
			'Bars of Zhejiang money by area, on one shared scale, beside a mark for each thing counted. In focus,',
		ariaAll:
			'Bars of Zhejiang money by area, on one shared scale, beside a mark for each thing counted.',
		rows: {
			school: 'Schools',
			health: 'Health',
			elderly: 'Elderly care',
			community: 'Communities',
			fitness: 'Fitness, libraries'
		},
		marks: {
			schoolHonors: '{schoolHonors|noun} won',
			schoolPairs: '{schoolPairs} school pairings',
			healthInstitutions: '{healthInstitutions} medical institutions',
			medicsTrained: '{medicsTrained} medics trained',
			nursingHomes: '{nursingHomes|noun}',
			communityCentres: '{communityCentres} service centres',
			fitnessSites: '{fitnessSites} fitness sites',
			libraries: '{libraries|noun}'
		}
	}
};
