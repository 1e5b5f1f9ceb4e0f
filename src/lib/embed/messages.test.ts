import { describe, expect, it } from 'vitest';
import { heightMessages, parseHostMessage, positionRequest, readChildId } from './messages';

const params = (q: string) => new URLSearchParams(q);

describe('readChildId', () => {
	it('takes the container id pym puts in the URL', () => {
		expect(readChildId(params('initialWidth=600&childId=fuling-embed-economy'))).toBe(
			'fuling-embed-economy'
		);
	});

	it.each([
		['missing', ''],
		['empty', 'childId='],
		['markup', 'childId=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
		['a pattern pym would run', 'childId=.*'],
		['the pym delimiter', 'childId=axPYMxheight'],
		['spaces', 'childId=a%20b'],
		['too long', `childId=a${'b'.repeat(80)}`]
	])('refuses %s', (_, q) => {
		expect(readChildId(params(q))).toBeNull();
	});
});

describe('parseHostMessage', () => {
	it("reads pym's width for this frame", () => {
		expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toEqual({
			kind: 'width',
			width: 640
		});
	});

	it("reads pym's viewport-iframe-position", () => {
		expect(
			parseHostMessage(
				'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 -1200.5 0 3000 390',
				'c1'
			)
		).toEqual({
			kind: 'position',
			viewport: { width: 390, height: 844, top: -1200.5, left: 0, bottom: 3000, right: 390 }
		});
	});

	it("reads frames' init", () => {
		expect(parseHostMessage({ sentinel: 'amp', type: 'frames-init' }, null)).toEqual({
			kind: 'frames-init'
		});
	});

	it.each([
		['another frame', 'pymxPYMxc2xPYMxwidthxPYMx640'],
		['an unknown type', 'pymxPYMxc1xPYMxnavigateToxPYMxhttp://x'],
		['a width that is not a number', 'pymxPYMxc1xPYMxwidthxPYMx640px'],
		['a negative width', 'pymxPYMxc1xPYMxwidthxPYMx-5'],
		['an absurd width', 'pymxPYMxc1xPYMxwidthxPYMx1e400'],
		['a short position', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 0'],
		['a position with words', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 a 0 1 1'],
		['an inside-out position', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 10 0 5 390'],
		['extra parts', 'pymxPYMxc1xPYMxwidthxPYMx640xPYMx1'],
		['not pym', 'hello'],
		['an AMP size (ours, echoed back)', { sentinel: 'amp', type: 'embed-size', height: 5 }],
		['an array', ['amp', 'frames-init']],
		['null', null],
		['a number', 42]
	])('ignores %s', (_, data) => {
		expect(parseHostMessage(data, 'c1')).toBeNull();
	});

	it('ignores pym messages when the frame has no pym id', () => {
		expect(parseHostMessage('pymxPYMxnullxPYMxwidthxPYMx640', null)).toBeNull();
	});
});

describe('heightMessages', () => {
	it('speaks all three formats, rounded up', () => {
		expect(heightMessages(812.2, 'c1', 'economy')).toEqual([
			'pymxPYMxc1xPYMxheightxPYMx813',
			{ sentinel: 'amp', type: 'embed-size', height: 813 },
			{ 'datawrapper-height': { economy: 813 } }
		]);
	});

	it('leaves out the pym string without a pym id', () => {
		expect(heightMessages(500, null, 'story')).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 500 },
			{ 'datawrapper-height': { story: 500 } }
		]);
	});
});

it('asks pym for the position in its own format', () => {
	expect(positionRequest('c1')).toBe('pymxPYMxc1xPYMxparentPositionInfoxPYMx');
});
