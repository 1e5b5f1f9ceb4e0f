import type { LivelihoodsCopy } from '../livelihoods.types';

export const livelihoods: LivelihoodsCopy = {
	heading: 'Schools, clinics and care homes',
	paragraphs: [
		'Beyond roads and sewers, the page lists two kinds of money for everyday services: sums Zhejiang gave directly, for a school and for health care, and paired-assistance funds the district says it spent on care homes, community centres, fitness sites and libraries. Each sum comes with what the district counts in that area.'
	],
	steps: [
		'By 2021 Zhejiang had given {friendshipSchoolAid} to the Zhejiang-Fuling Friendship School. The page credits it with {schoolHonors|noun} at provincial level or above, and counts {schoolPairs} school pairs.',
		'For health care, Zhejiang gave {healthAid} in free funding. The district counts {healthInstitutions} township health centres and other medical institutions built, and {medicsTrained} medical staff trained.',
		'For the elderly, the district put {nursingHomeFunds} of assistance funds into {nursingHomes|noun}, its welfare home and a care centre for disabled people.',
		'Community service centres got the largest sum in the chart: the district put {communityCentreFunds} of assistance funds into building {communityCentres} of them.',
		'For fitness and reading the page gives only a floor, {fitnessLibraryFunds} of assistance funds, for {fitnessSites|words} fitness sites and {libraries|words} libraries: the bar fades because the true sum is higher.',
		'From {communityCentreFunds} down to {fitnessLibraryFunds}: the page does not say how each sum was spent, so the chart sets money beside counts and divides neither.'
	],
	chart: {
		title: 'Assistance for daily life, by area',
		subtitle: 'Million yuan per area, beside one mark per thing counted',
		source: 'Source: 2021 newspaper page (Fuling district figures); totals to 2021.',
		notes: [
			'Money bars share one scale, in nominal yuan. One mark per thing counted: dark squares for things built, grey dots for honours, school pairings and medics trained.'
		],
		ariaFocus:
			'Bars of paired-assistance money by area (Zhejiang’s gifts for schools and health, funds the district spent for the rest), on one shared scale, beside a mark for each thing counted. In focus,',
		ariaAll:
			'Bars of paired-assistance money by area (Zhejiang’s gifts for schools and health, funds the district spent for the rest), on one shared scale, beside a mark for each thing counted.',
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
