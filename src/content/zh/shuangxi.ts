import type { ShuangxiCopy } from '../shuangxi.types';

export const shuangxi: ShuangxiCopy = {
	heading: '',
	paragraphs: []
};
