import { describe, expect, it } from 'vitest';
import { roundCoordinates, truncate, yearTicks } from '../../src/charts/frame.ts';

describe('yearTicks', () => {
  it('gives every year when there is room', () => {
    expect(yearTicks(2008, 2013, 460)).toEqual([2008, 2009, 2010, 2011, 2012, 2013]);
  });

  it('thins ticks on narrow charts, keeping whole years', () => {
    const ticks = yearTicks(2005, 2025, 340);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(ticks[0]).toBe(2005);
  });
});

describe('roundCoordinates', () => {
  it('rounds geometry to a tenth of a pixel and leaves text and aria attributes alone', () => {
    const svg = '<line x1="41.123456" y1="186.8181818" transform="translate(41.04,223.55555)"></line><svg aria-label="1.23456"><text>3.14159</text></svg>';
    expect(roundCoordinates(svg)).toBe('<line x1="41.1" y1="186.8" transform="translate(41,223.5)"></line><svg aria-label="1.23456"><text>3.14159</text></svg>');
  });
});

describe('truncate', () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(truncate('India', 10)).toBe('India');
    expect(truncate('United States of America', 10)).toBe('United St…');
  });
});
