import type { QuizIslandProps } from './island-props.ts';

/**
 * The props `quizIslandJson()` wrote, read in the browser by the quiz page's island. The build
 * wrote them, so they are read, not checked. (Apart from `island-props.ts`, which imports every
 * language's strings, so that the island's code does not.)
 */
export function readQuizIslandJson(json: string): QuizIslandProps {
	return JSON.parse(json) as QuizIslandProps;
}
