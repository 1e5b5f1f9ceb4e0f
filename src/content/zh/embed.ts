import type { EmbedCodeCopy, FrameCopy } from '../embed.types';

export const frame: FrameCopy = {
	readStory: '阅读全文',
	previous: '上一步',
	next: '下一步',
	stepOf: '第{n}步，共{count}步',
	stepsLabel: '本图的步骤'
};

export const embedCode: EmbedCodeCopy = {
	openChart: '嵌入本图',
	openStory: '嵌入全文',
	choose: '网页能运行脚本时请用 pym.js 代码，嵌入框会随内容自动调整高度；否则请用普通 iframe。',
	plain: '普通 iframe，任何网页都能用',
	pym: '使用 pym.js，自动调整高度',
	copy: '复制',
	copied: '已复制',
	selected: '已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制'
};
