/**
 * The finder's countries and questions, apart from the schema so that the page's script can
 * use them without shipping the schema library.
 */

/** The countries the rights finder answers for, in the order the finder offers them. */
export const rightsCountries = ['france', 'italy', 'canada', 'uk', 'us', 'belgium', 'switzerland'] as const;
export type RightsCountry = (typeof rightsCountries)[number];

/** The questions a caller can ask the finder, in the order it offers them. */
export const rightsTopics = ['stop-cold-calls', 'call-cost', 'complain', 'outage-compensation', 'cancel', 'my-data'] as const;
export type RightsTopic = (typeof rightsTopics)[number];
