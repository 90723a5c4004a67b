// An ISO day ("2025-10-16") as publication-date readers on both sides of the message build and check it.

export const pad = (n: number) => String(n).padStart(2, '0');

/** A day a news page could have been published on; anything else is a typo or a trap. */
export function plausibleDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return y >= 1995 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** The ISO day for a year, month and day, or undefined when it is not a plausible one. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return plausibleDay(iso) ? iso : undefined;
}
