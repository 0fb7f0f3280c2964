export const lms = {
	/** The launcher an LMS opens (`scripts/package-lms.ts`): its status line, shown above the course. */
	connecting: 'Connecting to your learning platform…',
	connected: 'Your learning platform receives your progress and results.',
	noLms: 'No learning platform found: your progress is kept in this browser only.',
	failed:
		'Your learning platform did not accept the latest result ({error}). Your progress is kept in this browser; reload the course to send it again.',
	/** The launcher's frame, named by the course title. */
	frameTitle: 'Course: {title}',
	/** The README and manifest descriptions of a module package. */
	moduleDescription: 'A module of Both Ends with its quiz: {title}.',
	pathDescription: 'A learning path of Both Ends: {title}.',
};
