// Reads the calendar precision off a TIMEX3 value, so callers can compare "2026-03" with "2026-03-02".
import type { TimePrecision } from '../../core/annotations.js';

export function precisionOf(value: string): TimePrecision {
  if (/^P|_REF$/.test(value)) return 'none';
  if (/T/.test(value)) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /-W[\dX]{2}-\d$/.test(value)) return 'day';
  if (/-W[\dX]{1,2}(-WE)?$/.test(value)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/-[QH][\dX]$/.test(value)) return 'quarter';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^[\dX]{3}$/.test(value)) return 'decade';
  if (/^[\dX]{2}$/.test(value)) return 'century';
  return 'none';
}
