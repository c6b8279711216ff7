import { describe, expect, it } from 'vitest';
import { planBlocks } from './block-plan.js';

describe('planBlocks', () => {
  it('keeps every unchanged block and renews only the edited one', () => {
    expect(planBlocks(['<h2>A</h2>', '<p>one</p>', '<p>two</p>'], ['<h2>A</h2>', '<p>one!</p>', '<p>two</p>'])).toEqual([0, -1, 2]);
  });
  it('keeps blocks that moved when one is inserted before them', () => {
    expect(planBlocks(['<p>a</p>', '<p>b</p>'], ['<p>new</p>', '<p>a</p>', '<p>b</p>'])).toEqual([-1, 0, 1]);
  });
  it('uses each old block once, even when two blocks are the same', () => {
    expect(planBlocks(['<hr>'], ['<hr>', '<hr>'])).toEqual([0, -1]);
  });
});
