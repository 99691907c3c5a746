import {
  createTheme,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** UN blue (#009EDB) at shade 6, the one accent colour of the app. */
export const UN_BLUE: MantineColorsTuple = [
  '#e5f7fd',
  '#ccecfa',
  '#99d9f4',
  '#66c5ee',
  '#33b2e8',
  '#1aa8e2',
  '#009edb',
  '#008bc1',
  '#0077a6',
  '#00618a',
];

export const theme = createTheme({
  primaryColor: 'unblue',
  colors: { unblue: UN_BLUE },
  // Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.9:1) in both themes;
  // shade 7 is 3.8:1.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/** The chosen light/dark theme is kept in localStorage under this key. */
export const COLOR_SCHEME_KEY = 'moot-council-color-scheme';
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

/**
 * Mantine's default "dimmed" grey (gray.6) is 3.3:1 on white, below WCAG AA for body text;
 * gray.7 is 8:1. In the dark theme the default (dark.2, #828282) is 4.0:1 on the body (#242424);
 * dark.1 is 7.9:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});
