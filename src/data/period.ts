// A period as the app stores and links it: YYYY-MM with a month of 01–12 (`2025-13` is no period, not January 2026).

export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}
