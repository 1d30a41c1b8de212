import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { toPrintable } from "./printable-text";

/**
 * Fonts embedded in every invoice PDF, from registry packages (installed with the app,
 * nothing fetched at run time): Noto Sans for Latin (extended), Greek and Cyrillic, then
 * Noto Sans JP for Japanese and the CJK ideographs. react-pdf picks, per character, the
 * first family in this list that has it.
 */
export const PDF_FONT_FAMILIES = ["NotoSans", "NotoSansJP"];

// Resolved from the project root: this module is bundled, so its own location says nothing.
const fromProject = createRequire(path.join(process.cwd(), "package.json"));
const fontFile = (file: string) => fromProject.resolve(file);

let registered = false;

function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: fontFile("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"), fontWeight: 400 },
      { src: fontFile("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansJP",
    fonts: [
      { src: fontFile("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"), fontWeight: 400 },
      { src: fontFile("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  registered = true;
}

type GlyphLookup = { hasGlyphForCodePoint(codePoint: number): boolean };

let coverage: Promise<(codePoint: number) => boolean> | undefined;

/** Whether any embedded font draws a code point; the fonts are read once per process. */
function fontCoverage(): Promise<(codePoint: number) => boolean> {
  coverage ??= (async () => {
    const sources = PDF_FONT_FAMILIES.map((fontFamily) => Font.getFont({ fontFamily, fontWeight: 400 }));
    await Promise.all(sources.map((source) => source.load()));
    const fonts = sources.map((source) => source.data as unknown as GlyphLookup);
    return (codePoint: number) => fonts.some((font) => font.hasGlyphForCodePoint(codePoint));
  })();
  return coverage;
}

/** Registers the fonts and returns the function that makes any text printable with them. */
export async function preparePdfFonts(): Promise<(text: string) => string> {
  registerPdfFonts();
  const isCovered = await fontCoverage();
  // A white square where a font has one, so a missing character shows as a gap of its own.
  const replacement = isCovered(0x25a1) ? "\u25a1" : "?";
  return (text) => toPrintable(text, isCovered, replacement);
}
