import { describe, expect, it } from 'vitest';
import { channelName, isNewer, parseDeckMessage, windowId } from './sync';

const ok = (id: string) => id === 'economy-2' || id === 'title';

describe('the deck channel', () => {
	it('reads positions and greetings', () => {
		const m = { type: 'position', id: 'economy-2', blank: false, at: 5, from: 'abc' };
		expect(parseDeckMessage(m, ok)).toEqual(m);
		expect(parseDeckMessage({ type: 'hello', from: 'abc' }, ok)).toEqual({
			type: 'hello',
			from: 'abc'
		});
	});

	it('drops anything else', () => {
		const good = { type: 'position', id: 'economy-2', blank: false, at: 5, from: 'abc' };
		for (const bad of [
			null,
			'economy-2',
			{ ...good, id: 'economy-9' },
			{ ...good, id: '<b>' },
			{ ...good, blank: 'yes' },
			{ ...good, at: Number.NaN },
			{ ...good, from: '' },
			{ ...good, type: 'goto' }
		]) {
			expect(parseDeckMessage(bad, ok), JSON.stringify(bad)).toBeNull();
		}
	});

	it('lets the later move win, and breaks ties the same way in every window', () => {
		const a = { id: 'title', blank: false, at: 10, from: 'a' };
		const b = { id: 'economy-2', blank: false, at: 11, from: 'b' };
		expect(isNewer(b, a)).toBe(true);
		expect(isNewer(a, b)).toBe(false);
		const tie = { ...b, at: 10 };
		expect(isNewer(tie, a)).not.toBe(isNewer(a, tie));
	});

	it('keeps deployments apart and window ids in the message alphabet', () => {
		expect(channelName('')).not.toBe(channelName('/graphics/fuling'));
		expect(windowId()).toMatch(/^[a-z0-9-]{1,40}$/);
	});
});
