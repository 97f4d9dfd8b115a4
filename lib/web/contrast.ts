/**
 * The "Alto contraste" theme (e-MAG): remembered in a cookie that the server reads, so the first
 * paint is already right, and applied as a class on <html> that swaps the colour variables
 * (app/globals.css). A preference, not a secret: readable by the page's own script.
 */
export const CONTRAST_COOKIE = "contraste";
export const HIGH_CONTRAST = "alto";
export const HIGH_CONTRAST_CLASS = "alto-contraste";
/** One year: a person who needs it should not have to ask again. */
export const CONTRAST_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
