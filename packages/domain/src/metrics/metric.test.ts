import { describe, expect, it } from 'vitest';
import { builtInMetrics, defineMetricInputSchema, isCurrent, ragOf, trendOf } from './metric.js';

describe('metrics', () => {
  it('rates against the target: green when met, amber within 10 %, red beyond', () => {
    expect(ragOf(0.95, 0.9, 'higher_is_better')).toBe('green');
    expect(ragOf(0.85, 0.9, 'higher_is_better')).toBe('amber');
    expect(ragOf(0.7, 0.9, 'higher_is_better')).toBe('red');
    expect(ragOf(4, 5, 'lower_is_better')).toBe('green');
    expect(ragOf(5.4, 5, 'lower_is_better')).toBe('amber');
    expect(ragOf(8, 5, 'lower_is_better')).toBe('red');
    expect(ragOf(1, 0, 'lower_is_better')).toBe('red');
    expect(ragOf(0, 0, 'lower_is_better')).toBe('green');
    expect(ragOf(null, 5, 'lower_is_better')).toBe('none');
    expect(ragOf(3, null, 'lower_is_better')).toBe('none');
  });

  it('says whether the latest value is in the current period of its frequency', () => {
    expect(isCurrent('2026-11-20', 'weekly', '2026-11-27')).toBe(true);
    expect(isCurrent('2026-11-19', 'weekly', '2026-11-27')).toBe(false);
    expect(isCurrent('2026-10-27', 'monthly', '2026-11-27')).toBe(true);
    expect(isCurrent(null, 'daily', '2026-11-27')).toBe(false);
  });

  it('gives the last change and whether it went the right way', () => {
    const values = [
      { asOf: '2026-11-02', value: 12 },
      { asOf: '2026-11-01', value: 14 },
    ];
    expect(trendOf(values, 'lower_is_better')).toEqual({ delta: -2, improving: true });
    expect(trendOf(values, 'higher_is_better')).toEqual({ delta: -2, improving: false });
    expect(trendOf(values.slice(0, 1), 'higher_is_better')).toEqual({ delta: null, improving: null });
  });

  it('defines the built-in metrics the issue names, each with a direction and a target', () => {
    expect(builtInMetrics.map((metric) => metric.key)).toHaveLength(9);
    for (const metric of builtInMetrics) expect(metric.defaultTarget).toBeGreaterThanOrEqual(0);
  });

  it('names the field of a bad manual metric', () => {
    const result = defineMetricInputSchema.safeParse({
      name: 'Wrong-address visits',
      unit: '',
      direction: 'up',
      area: 'value',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['direction', 'unit']);
  });
});
