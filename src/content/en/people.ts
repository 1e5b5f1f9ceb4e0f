import type { PeopleCopy } from '../people.types';

export const people: PeopleCopy = {
	heading: 'Who came, and who went',
	paragraphs: [
		'The partnership also sent people back and forth. According to the district, in {partnershipYears} years {provincialLeaders} of Zhejiang’s provincial leaders (among them successive party secretaries and governors) came to Fuling to guide the work, along with {provincialDeptLeaders} heads of provincial departments and {cityCountyLeaders} leaders of its cities, counties and districts. On those visits they handed over {onSiteDonations} in donations on the spot.',
		'Traffic ran the other way, too. Fuling sent {fulingDelegations|noun} to Zhejiang, {fulingVisitors|noun} in all. Zhejiang took in young Fuling officials on secondment {secondedCadres} times; the page counts person-times, so an official posted twice counts twice.',
		'The officials’ home units and their counterparts in Zhejiang exchanged {exchangeVisits|noun} and, by the page’s partly legible count, brought in at least {cooperationProjects|noun}, among them selenium-rich rice and bayberry growing and processing. In recent years, Zhejiang has also run training courses for the reservoir area’s officials, doctors, teachers and migrants: {peopleTrained} person-times by 2021, the page says. Since 2020, {cadresStudied2020|noun} have been sent to study in Zhejiang, and the page said {plannedTrainees} more places were planned.'
	],
	chart: {
		title: 'Who travelled between Zhejiang and Fuling, by 2021',
		source: 'Source: 2021 newspaper page (Fuling district figures); totals to 2021.',
		notes: [
			'One dot = one leader. “+” marks a figure the page gives as “more than”: the dots show the stated number, not a total.',
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
		rows: {
			delegations: {
				value: '{fulingDelegations}',
				unit: 'delegations',
				caption: 'from Fuling to Zhejiang, {fulingVisitors|noun} in all'
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
