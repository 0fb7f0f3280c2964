/** The launcher of a SCORM 1.2 package: the LMS's API, found up the window's parents or opener. */
import { findScormApi, scorm12Transport } from '../../lib/lms/scorm12.ts';
import { launch } from './launcher.ts';

void launch(() => {
	const api = findScormApi(window);
	return api && scorm12Transport(api);
});
