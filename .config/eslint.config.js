// Flat config kept under .config/ so the project's top level stays as the
// desk's layout prescribes; `npm run lint` passes it with --config.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from '../svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.svelte-kit/',
			'node_modules/',
			'tests/.output/',
			'test-results/',
			'.probe/',
			'bench/.output/',
			'bench/minimal/build/',
			'bench/minimal/.svelte-kit/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// `_` marks a parameter or loop variable that is deliberately unused.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The layers' boundaries: charts draw, the story arranges, copy is data.
	{
		files: ['src/lib/charts/**', 'src/lib/format/**', 'src/lib/data/**', 'src/lib/steps/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/story/*'], message: 'Charts and helpers never import the story.' }
					]
				}
			]
		}
	},
	{
		files: ['src/content/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['*.svelte'], message: 'Copy is data: it imports no component.' }] }
			]
		}
	}
);
