import { describe, expect, it } from 'vitest';
import { compactMarks, roundCoordinates, truncate, yearTicks } from '../../src/charts/frame.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';

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

describe('compactMarks', () => {
  const drawn = (inner: string) => {
    const doc = svgDocument();
    const box = doc.createElement('div');
    box.innerHTML = `<svg>${inner}</svg>`;
    const svg = box.querySelector('svg')!;
    compactMarks(svg);
    return svg.innerHTML;
  };

  it('draws translated axis ticks as one path with the same strokes', () => {
    expect(drawn('<g fill="none" stroke="currentColor"><path transform="translate(55,223)" d="M0,0L-6,0"></path><path transform="translate(55,173.2)" d="M0,0L-6,0"></path></g>')).toBe(
      '<g fill="none" stroke="currentColor"><path d="M55,223h-6M55,173.2h-6"></path></g>',
    );
  });

  it('draws a slanted tick with a relative line', () => {
    expect(drawn('<g><path transform="translate(1,2)" d="M0,0L3,4"></path><path transform="translate(5,6)" d="M0,0L0,6"></path></g>')).toBe('<g><path d="M1,2l3,4M5,6v6"></path></g>');
  });

  it('draws grid lines as one unfilled path', () => {
    expect(drawn('<g stroke-opacity="0.1"><line x1="55" x2="444" y1="223" y2="223"></line><line x1="55" x2="444" y1="24" y2="24"></line></g>')).toBe(
      '<g stroke-opacity="0.1"><path fill="none" d="M55,223H444M55,24H444"></path></g>',
    );
    expect(drawn('<g><line x1="1" x2="1" y1="0" y2="9"></line><line x1="0" x2="3" y1="0" y2="4"></line></g>')).toBe('<g><path fill="none" d="M1,0V9M0,0L3,4"></path></g>');
  });

  it('gives dots of one colour their colour from the group, titles and order kept', () => {
    const dot = (x: number, fill: string) => `<circle cx="${x}" cy="1" r="2.5" fill="${fill}"><title>${fill} ${x}</title></circle>`;
    expect(drawn(`<g>${dot(1, 'red')}${dot(2, 'red')}</g>`)).toBe('<g fill="red"><circle cx="1" cy="1" r="2.5"><title>red 1</title></circle><circle cx="2" cy="1" r="2.5"><title>red 2</title></circle></g>');
    const runs = drawn(`<g>${[1, 2, 3].map((x) => dot(x, 'red')).join('')}${[4, 5, 6].map((x) => dot(x, 'blue')).join('')}</g>`);
    expect(runs).toMatch(/^<g><g fill="red">(<circle cx="[123]" cy="1" r="2.5"><title>red \d<\/title><\/circle>){3}<\/g><g fill="blue">/);
    // Alternating colours: grouping would cost more than it saves, so the dots stay as drawn.
    const mixed = `<g>${dot(1, 'red')}${dot(1, 'blue')}${dot(2, 'red')}${dot(2, 'blue')}</g>`;
    expect(drawn(mixed)).toBe(mixed);
  });

  it('leaves marks that are not plain ticks or lines alone', () => {
    const titled = '<g><line x1="0" x2="1" y1="0" y2="0"><title>a</title></line><line x1="0" x2="1" y1="1" y2="1"></line></g>';
    expect(drawn(titled)).toBe(titled);
    const curved = '<g><path transform="translate(1,2)" d="M0,0C1,1,2,2,3,3"></path><path transform="translate(1,2)" d="M0,0L1,1"></path></g>';
    expect(drawn(curved)).toBe(curved);
  });
});
