import type { PresentCopy } from '../present.types';

export const present: PresentCopy = {
	title: '演示：{title}',
	speakerTitle: '演讲者视图：{title}',
	start: '按 → 键或翻页笔开始，按 ? 查看按键说明。',
	slideOf: '第 {n} 页，共 {count} 页',
	goTo: '跳到第 {n} 页',
	controls: {
		label: '演示控制',
		previous: '上一页',
		next: '下一页',
		fullscreen: '全屏',
		speaker: '演讲者视图',
		help: '按键',
		blank: '黑屏'
	},
	help: {
		heading: '按键说明',
		close: '关闭',
		rows: [
			{ keys: ['→', '↓', '空格', 'Page Down', 'N', 'Enter'], does: '下一页' },
			{ keys: ['←', '↑', 'Shift+空格', 'Page Up', 'P', 'Backspace'], does: '上一页' },
			{ keys: ['Home', 'End'], does: '第一页或最后一页' },
			{ keys: ['12', 'Enter'], does: '跳到第 12 页' },
			{ keys: ['F'], does: '进入或退出全屏（Esc 退出）' },
			{ keys: ['B', '.'], does: '黑屏，再按恢复' },
			{ keys: ['S'], does: '在另一个窗口打开演讲者视图' },
			{ keys: ['?'], does: '显示或隐藏本说明' }
		],
		clicker:
			'翻页笔无需设置即可使用：它发送的就是 Page Down 和 Page Up。在触摸屏上，可左右滑动，或轻点屏幕左右两侧。'
	},
	end: {
		heading: '数据来源',
		paragraphs: [
			'文中所有数字均为涪陵区的官方说法，出自2021年为纪念浙江对口支援{partnershipYears}年而刊发的一整版报纸。',
			'金额均为名义值，未扣除物价因素。这些数字无法独立核实，也不能说明变化中有多少是对口支援带来的。'
		],
		story: '完整报道，附来源和全部数字：'
	},
	noscript: '演示模式需要 JavaScript 才能翻页。不用脚本也可以阅读完整报道：',
	storyLink: '演示本文：供讲座使用的幻灯片，用键盘或翻页笔翻页',
	notes: {
		title:
			'先交代主题：1992年国家批准兴建三峡工程，沿海的浙江与上游的涪陵结成对口支援关系，帮助当地完成移民安置。再说明数字来源：这是涪陵区自己的说法，2021年刊发。',
		end: '最后回到来源：一个官方版面，名义金额，未经核实，也没有说明因果。请听众去看完整报道，那里有每个数字及其原文表述。'
	},
	speaker: {
		now: '当前',
		next: '下一页',
		notes: '备注',
		last: '已是最后一页',
		clock: '时间',
		elapsed: '已用时间',
		reset: '重新计时',
		blanked: '屏幕已黑屏',
		otherEdition: 'English notes',
		lead: '请把本窗口留在自己的屏幕上。它会跟随幻灯片翻页，在这里按键也能翻页。'
	}
};
