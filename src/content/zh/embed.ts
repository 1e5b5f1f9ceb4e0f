import type { EmbedCodeCopy, FrameCopy } from '../embed.types';

export const frame: FrameCopy = {
	readStory: '阅读全文',
	previous: '上一步',
	next: '下一步',
	stepOf: '第{n}步，共{count}步',
	stepsLabel: '本图的步骤'
};

export const embedCode: EmbedCodeCopy = {
	open: '嵌入'
};
