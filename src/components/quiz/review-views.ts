/**
 * Scoring, results and the review screens (practice feedback, results, the round's note). A
 * separate chunk, loaded the first time an answer is checked, a round ends, or a round needs a
 * note (an assignment's rules, an attempt recorded as practice), so a quiz page starts with less
 * JavaScript. A page opened from an assignment (`?assignment=`) loads it at once, to read it.
 */
export { contextFor } from '../../lib/assignment/item-verdict.ts';
export { attemptResults, retryMissed, toQuizResult } from '../../lib/quiz/results.ts';
export { default as QuestionReview } from './QuestionReview.svelte';
export { default as Results } from './Results.svelte';
export { default as RoundNote } from './RoundNote.svelte';
