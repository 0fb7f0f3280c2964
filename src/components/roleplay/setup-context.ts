/**
 * What the role-play setup form says about earlier calls and the assignment its page was opened
 * from (`?assignment=`): the context (if the assignment holds this role-play), the call that
 * counts, and whether an assessment call would still count. Loaded only when the learner has
 * played this scenario before or came from an assignment, so a first visit carries none of it.
 */
export { contextFor } from '../../lib/assignment/item-verdict.ts';
export { assessmentOpen } from '../../lib/progress/roleplay-results.ts';
export { default as SetupNote } from './SetupNote.svelte';
