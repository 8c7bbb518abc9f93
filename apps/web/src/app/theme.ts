import { Alert, type CSSVariablesResolver, createTheme } from "@mantine/core";

// the primary shade is dark enough for AA contrast of white text on filled buttons
export const theme = createTheme({
  primaryColor: "teal",
  primaryShade: 9,
  defaultRadius: "sm",
  components: {
    // the light alert's coloured title is below AA on its tinted background; the text colour is not
    Alert: Alert.extend({ styles: { title: { color: "var(--mantine-color-text)" } } }),
  },
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic', sans-serif",
});

// Mantine's default "dimmed" grey is below the AA contrast ratio on white; secondary text uses a darker grey
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    // hovering a filled control (the active navigation link, a button) darkens it instead of lightening it
    // below AA contrast with its white text
    "--mantine-primary-color-filled-hover": "#066649",
    "--mantine-color-teal-filled-hover": "#066649",
    // an input's error message in Mantine's red is below AA contrast on white; a darker red is not
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {},
});
