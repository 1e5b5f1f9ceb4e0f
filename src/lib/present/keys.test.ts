import { describe, expect, it } from 'vitest';
import { readKey } from './keys';

const kind = (key: string, mods: object = {}, typed = '') =>
	readKey({ key, ...mods }, typed).command?.kind;

describe('the deck keys', () => {
	it('go on with every key a keyboard or clicker sends for next', () => {
		for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter']) {
			expect(kind(key), key).toBe('next');
		}
	});

	it('go back with every key for previous', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']) {
			expect(kind(key), key).toBe('prev');
		}
		expect(kind(' ', { shiftKey: true })).toBe('prev');
	});

	it('know the ends, fullscreen, blank, help and the speaker view', () => {
		expect(kind('Home')).toBe('first');
		expect(kind('End')).toBe('last');
		expect(kind('f')).toBe('fullscreen');
		expect(kind('F')).toBe('fullscreen');
		expect(kind('b')).toBe('blank');
		expect(kind('.')).toBe('blank');
		expect(kind('?')).toBe('help');
		expect(kind('s')).toBe('speaker');
	});

	it('jump to a typed number on Enter, and let Backspace correct it', () => {
		let r = readKey({ key: '1' }, '');
		r = readKey({ key: '2' }, r.typed);
		expect(r).toEqual({ command: null, typed: '12', handled: true });
		expect(readKey({ key: 'Backspace' }, '12')).toEqual({
			command: null,
			typed: '1',
			handled: true
		});
		expect(readKey({ key: 'Enter' }, '12').command).toEqual({ kind: 'jump', number: 12 });
		expect(readKey({ key: '4' }, '123').typed).toBe('123');
		// Any other key drops the half-typed number.
		expect(readKey({ key: 'ArrowRight' }, '12').typed).toBe('');
	});

	it('leave keys with Ctrl, Alt or Meta to the browser, and Esc unblocked', () => {
		for (const mods of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }]) {
			expect(readKey({ key: 'ArrowRight', ...mods }, '')).toEqual({
				command: null,
				typed: '',
				handled: false
			});
		}
		expect(readKey({ key: 'Escape' }, '3')).toEqual({
			command: { kind: 'escape' },
			typed: '',
			handled: false
		});
		expect(readKey({ key: 'x' }, '').handled).toBe(false);
	});
});
