import { describe, expect, it } from 'vitest';
import { inLockstep } from './lockstep';

const settle = () => new Promise<void>((done) => queueMicrotask(done));

describe('inLockstep', () => {
	it("runs every section's phase k before any section's phase k + 1", async () => {
		const log: string[] = [];
		inLockstep([() => log.push('a0'), () => log.push('a1'), () => log.push('a2')]);
		inLockstep([() => log.push('b0'), () => log.push('b1')]);
		expect(log).toEqual([]);
		await settle();
		expect(log).toEqual(['a0', 'b0', 'a1', 'b1', 'a2']);
	});

	it('skips a cancelled section and starts a new pass for later ones', async () => {
		const log: string[] = [];
		const cancel = inLockstep([() => log.push('a0')]);
		inLockstep([() => log.push('b0')]);
		cancel();
		await settle();
		inLockstep([() => log.push('c0')]);
		await settle();
		expect(log).toEqual(['b0', 'c0']);
	});
});
