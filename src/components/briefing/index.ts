// The briefing feature, loaded as one lazy chunk by the explorer (`import('./briefing/index.ts')`),
// so none of it weighs on the first load.
export { default as Briefing } from './Briefing.svelte';
export { default as TimelineMark } from './TimelineMark.svelte';
