import type { ReaderCopy } from '../reader.types';

export const reader: ReaderCopy = {
	skipLink: '跳到正文',
	motion: {
		label: '动画',
		on: '开',
		off: '关',
		systemOff: '动画已关闭：您的设备设置了减少动态效果。'
	},
	data: {
		summary: '查看数据',
		caption: '“{title}”中的数据'
	},
	chartNow: '图表现在显示：{description}'
};
