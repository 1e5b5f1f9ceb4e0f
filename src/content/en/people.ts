import type { PeopleCopy } from '../people.types';

export const people: PeopleCopy = {
	heading: 'Who came, and who went',
	paragraphs: [
		'The partnership also moved people. By the district’s account, over {partnershipYears} years Zhejiang’s leaders, up to successive party secretaries and governors, came to Fuling to guide the work, and handed over donations on the spot as they went.',
		'The page counts more traffic the other way. Fuling sent delegations to Zhejiang and young officials went there on secondment; much of it is counted in person-times, so an official posted twice counts twice.',
		'The officials’ home units and their Zhejiang counterparts also brought in cooperation projects, among them selenium-rich rice and bayberry growing and processing, and Zhejiang ran training courses for the reservoir area’s officials, doctors, teachers and migrants, with more places planned.'
	],
	chart: {
		title: 'Who travelled between Zhejiang and Fuling, by 2021',
		subtitle:
			'Leaders who came, one dot each; people Fuling sent in delegations, one square per ten',
		source: 'Source: 2021 newspaper page (Fuling district figures); totals to 2021.',
		notes: [
			'One dot = one leader. “+” marks a figure the page gives as “more than”: the dots show the stated number, not a total. Squares are rounded to the nearest ten people.',
			'Person-times count each secondment or training place, so one person can count more than once. The ledger’s units differ from row to row and are not drawn to scale.'
		],
		aria: 'Chart in two parts. From Zhejiang to Fuling, one dot per leader: {provincialLeaders} provincial leaders, {provincialDeptLeaders} heads of provincial departments and {cityCountyLeaders} city, county and district leaders came, and handed over {onSiteDonations} on the spot. From Fuling to Zhejiang: {fulingDelegations|noun} with {fulingVisitors|noun}; {secondedCadres} person-times of secondments; {exchangeVisits|noun} between the officials’ home units and their counterparts, which brought in at least {cooperationProjects|noun}; {peopleTrained} person-times of training; {cadresStudied2020|noun} sent to study since 2020, and {plannedTrainees} more places planned.',
		heads: {
			zhejiang: { title: 'Zhejiang → Fuling', sub: 'leaders who came, one dot each' },
			fuling: { title: 'Fuling → Zhejiang', sub: 'who went, and how often' }
		},
		groups: {
			provincialLeaders: 'Provincial leaders **{provincialLeaders|plus}**',
			provincialDeptLeaders: 'Heads of provincial departments **{provincialDeptLeaders|plus}**',
			cityCountyLeaders: 'City, county and district leaders **{cityCountyLeaders|plus}**'
		},
		donation: 'Donated on the spot during visits: **{onSiteDonations}**',
		visitors: 'People in Fuling’s delegations **{fulingVisitors}**',
		squareKey: 'people',
		rows: {
			delegations: {
				value: '{fulingDelegations}',
				unit: 'delegations',
				caption: 'from Fuling to Zhejiang, carrying the people above'
			},
			secondments: {
				value: '{secondedCadres}',
				unit: 'person-times',
				caption: 'officials seconded; at least {cooperationProjects|noun} brought in'
			},
			exchange: {
				value: '{exchangeVisits|plus}',
				unit: 'visits',
				caption: 'between the officials’ home units and their counterparts'
			},
			training: {
				value: '{peopleTrained|plus}',
				unit: 'person-times',
				caption: 'training for officials, doctors, teachers, migrants'
			},
			study: {
				value: '{cadresStudied2020}',
				unit: 'officials',
				caption: 'studied in Zhejiang since 2020; {plannedTrainees} more planned'
			}
		}
	}
};
