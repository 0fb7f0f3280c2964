/**
 * Scoring, results and the review screens (practice feedback, results). A separate chunk, loaded
 * the first time an answer is checked or a round ends, so a quiz page starts with less JavaScript.
 */
export { attemptResults, retryMissed, toQuizResult } from '../../lib/quiz/results.ts';
export { default as QuestionReview } from './QuestionReview.svelte';
export { default as Results } from './Results.svelte';
