import { createTheme, DEFAULT_THEME, luminance, Menu, toRgba, type MantineColorsTuple } from '@mantine/core';

// WCAG 2.1 AA asks text to stand out from its background at 4.5:1. Mantine's default palettes do not
// (its dimmed grey, gray.6, gives 3.3:1 on white; blue.6 links and buttons 3.6:1; orange.9 on orange.1 in a
// light badge 3.6:1), so the theme darkens, once, the shades that carry text, and every screen inherits
// colours that pass rather than fixing them element by element.

/** A little above 4.5, so that rounding in the browser's blending never lands just below it. */
const TEXT_CONTRAST = 4.6;
/** The darkest light background that text stands on: a table row under the pointer, a hovered link. */
const GRAY_1 = DEFAULT_THEME.colors.gray[1];

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function hex(colour: string): string {
  const { r, g, b } = toRgba(colour);
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `colour`, darkened in small steps until text in it reads at TEXT_CONTRAST on `background`. */
function readableOn(colour: string, background: string): string {
  const { r, g, b } = toRgba(colour);
  for (let factor = 1; factor > 0; factor -= 0.01) {
    const darker = hex(`rgb(${r * factor}, ${g * factor}, ${b * factor})`);
    if (contrast(darker, background) >= TEXT_CONTRAST) return darker;
  }
  return '#000000';
}

/**
 * A palette whose text-bearing shades pass: 6 to 8 (the dimmed grey, the error red, filled buttons under
 * white text, links, outline badges) on any light grey and on the palette's own light shade 1, and 9 (the
 * text of light badges, alerts and subtle buttons) on its shade 2 (their background under the pointer).
 * Shades 0 to 5, the backgrounds and borders, stay as Mantine draws them.
 */
function accessible(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = palette.map((colour, shade) => {
    if (shade === 9) return readableOn(colour, palette[2]);
    return shade >= 6 ? readableOn(readableOn(colour, GRAY_1), palette[1]) : colour;
  });
  return shades as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, name === 'dark' ? palette : accessible(palette)]),
);

export const theme = createTheme({
  colors,
  primaryColor: 'blue',
  // Filled buttons, links and outlines in blue.8: darker than Mantine's blue.6, and their hover darker still.
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  // A visible focus ring for keyboard users only, everywhere.
  focusRing: 'auto',
  components: {
    // Mantine puts an empty focusable element with role="presentation" at the top of each menu, to hold the
    // focus on opening; a menu may contain only items (axe: aria-required-children). Without it, the menu
    // focuses its first item, which is what a keyboard user expects anyway.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});
