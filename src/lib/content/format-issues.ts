/** The parts of a Zod issue a report needs. */
export interface IssueLike {
	path: readonly PropertyKey[];
	message: string;
}

/** `file: nodes.open.choices.0.next: message`, one line per issue: what authors need to find it. */
export function formatIssues(file: string, issues: readonly IssueLike[]): string[] {
	return issues.map((issue) => {
		const where = issue.path.map(String).join('.');
		return `${file}: ${where || '(top level)'}: ${issue.message}`;
	});
}
