/** The launcher of a cmi5 package: the LMS launched it with the cmi5 parameters in its URL, or it runs outside an LMS. */
import { cmi5LaunchFrom, cmi5Transport } from '../../lib/lms/cmi5.ts';
import { launch } from './launcher.ts';

void launch((pkg) => (cmi5LaunchFrom(location.href) ? cmi5Transport(location.href, { extensionBase: pkg.site }) : undefined));
