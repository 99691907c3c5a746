import { AppShell, Box } from '@mantine/core';
import type { ReactNode } from 'react';

export interface AppFrameProps {
  navbarWidth: number;
  asideWidth: number;
  /** Below this width the side panel folds away (default 'md', 62em). */
  asideBreakpoint?: 'md' | 'lg';
  /** The main area's greatest width. */
  mainWidth: number;
  header: ReactNode;
  navLabel: string;
  navbar: ReactNode;
  aside: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}

/**
 * The frame of UX.md shared by the home screens and a session: skip link, header under the
 * brand band, navigation, main, side panel (timeline and channels), status bar.
 */
export function AppFrame({ navbarWidth, asideWidth, asideBreakpoint = 'md', mainWidth, header, navLabel, navbar, aside, footer, children }: AppFrameProps) {
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: navbarWidth, breakpoint: 'sm' }}
      aside={{ width: asideWidth, breakpoint: asideBreakpoint, collapsed: { mobile: true } }}
      footer={{ height: 30 }}
      padding="lg"
    >
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppShell.Header>
        <div className="brand-band" />
        {header}
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={navLabel}>
        {navbar}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Box maw={mainWidth}>{children}</Box>
      </AppShell.Main>
      <AppShell.Aside p="md" aria-label="Timeline and channels">
        {aside}
      </AppShell.Aside>
      <AppShell.Footer>{footer}</AppShell.Footer>
    </AppShell>
  );
}
