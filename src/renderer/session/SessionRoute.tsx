import { Alert } from '@mantine/core';
import { SESSION_SCREENS } from './screens';
import { NAV_LABELS, type NavItem, type SessionScreenProps } from './types';

/**
 * Renders the session screen for a nav item with the shell's props. The session shell (header,
 * nav, side panel, seat switching) wraps this; the hash route `#/session/<id>/<nav>` picks `nav`.
 */
export function SessionRoute({ nav, ...props }: SessionScreenProps & { nav: NavItem }) {
  const Screen = SESSION_SCREENS[nav];
  if (!Screen) {
    return (
      <Alert variant="light" title={`${NAV_LABELS[nav]} is not available`}>
        This screen is not part of this version of Moot Council.
      </Alert>
    );
  }
  return <Screen {...props} />;
}
