import type { MoneyCopy } from '../money.types';

export const money: MoneyCopy = {
	heading: '',
	paragraphs: []
};
