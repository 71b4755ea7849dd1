/** The font of the share cards and chart PNGs: Be Vietnam Pro, drawn for Vietnamese (OFL 1.1). */
export const FONT_FAMILY = 'Be Vietnam Pro';
