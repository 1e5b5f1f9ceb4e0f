/**
 * 中文版。为中文读者撰写，不是英文的逐句翻译。所有数字都是数据模块里的标记。
 * (Until the Chinese prose for the first chapters lands, they reuse English.)
 */
import type { Copy } from '../types';
import { en } from '../en/index';
import { where } from './where';
import { money } from './money';
import { industry } from './industry';
import { livelihoods } from './livelihoods';
import { shuangxi } from './shuangxi';
import { people } from './people';
import { timeline } from './timeline';

export const zh: Copy = {
	...en,
	lang: 'zh',
	where,
	money,
	industry,
	livelihoods,
	shuangxi,
	people,
	timeline
};
