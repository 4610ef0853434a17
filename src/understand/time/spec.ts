// What a time expression means before it is resolved: the JSON stored in `TimeExpression.relative`,
// so an undated article's expressions can be resolved again once a reference date is known.

/** The tense of the clause an expression sits in; picks the direction of "Monday", "in November". */
export type Tense = 'past' | 'present' | 'future' | 'none';

/**
 * An explicit direction word: "last Friday", "next May", "this summer"; null when the text has none.
 * `since` is the latest one not after the reference, whatever the clause says: "sold since January"
 * in a December article is this year's January, never the coming one.
 */
export type Direction = 'last' | 'next' | 'this' | 'since' | null;

/** Calendar units a relative expression counts in: D day, W week, WE weekend, M month, Q quarter, Y year, DE decade, CE century. */
export type CalendarUnit = 'D' | 'W' | 'WE' | 'M' | 'Q' | 'H' | 'Y' | 'DE' | 'CE';

export type TimeSpec =
  /** Needs no reference: "2015", "March 2, 2026", "P3D", "PRESENT_REF". */
  | { kind: 'absolute'; value: string }
  /** A calendar date with missing parts: "March 2" (no year), "November", "last November", "March this year". */
  | { kind: 'calendar'; month: number; day: number | null; dir: Direction; yearShift: number | null }
  /** "Monday", "last Friday", "Wednesday night". */
  | { kind: 'weekday'; weekday: number; dir: Direction }
  /** "today" (D, 0), "yesterday" (D, -1), "last year" (Y, -1), "two weeks ago" (W, -2), "this month" (M, 0). */
  | { kind: 'shift'; unit: CalendarUnit; n: number }
  /** "the weekend": the last one in a past clause, the coming one otherwise. */
  | { kind: 'weekend' }
  /** "last summer", "this spring", "winter" (tense decides), "summer 2012" is absolute. */
  | { kind: 'season'; season: string; dir: Direction }
  /** "the third quarter", "the first half", with or without a year shift ("of last year"); n null = the latest one. */
  | { kind: 'part'; unit: 'Q' | 'H'; n: number | null; yearShift: number | null; latest: boolean }
  /** A holiday without a year: "Christmas", "Easter", "Thanksgiving". */
  | { kind: 'holiday'; name: string; dir: Direction };

/** What `relative` holds: the meaning, the clause tense, and a time of day ("T09:00", "TNI") when one was given. */
export interface RelativeTime {
  spec: TimeSpec;
  tense: Tense;
  time: string | null;
}
