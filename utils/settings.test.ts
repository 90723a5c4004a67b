import { describe, expect, test } from 'vitest';
import type { PageResult } from './detect/types';
import { DEFAULT_SETTINGS, MAX_PAUSED_SITES, applySensitivity, isPaused, parseSettings, siteKey, withSitePaused } from './settings';
import { MAX_DISMISSED_PAGES, dismissedOn, parseDismissals, withDismissal, withoutDismissed } from './dismissals';

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });
  test('valid fields are kept, broken ones fall back one by one', () => {
    expect(parseSettings({ highlight: false, sensitivity: 'extreme', pausedSites: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      highlight: false,
    });
    expect(parseSettings({ highlight: 'no', sensitivity: 'low' })).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
  });
  test('paused sites are cleaned: hosts only, lower case, no www, no duplicates, no junk', () => {
    const s = parseSettings({ pausedSites: ['WWW.Dawn.com', 'dawn.com', 'https://tolonews.com/path?q=1', 42, '', 'not a host', null] });
    expect(s.pausedSites).toEqual(['dawn.com', 'tolonews.com']);
  });
  test('unknown fields from a later version are dropped, not crashed on', () => {
    expect(parseSettings({ highlight: false, future: { x: 1 } })).toEqual({ ...DEFAULT_SETTINGS, highlight: false });
  });
  test('the paused list is bounded', () => {
    const many = Array.from({ length: MAX_PAUSED_SITES + 20 }, (_, i) => `site${i}.example`);
    const s = parseSettings({ pausedSites: many });
    expect(s.pausedSites).toHaveLength(MAX_PAUSED_SITES);
    expect(s.pausedSites.at(-1)).toBe(`site${MAX_PAUSED_SITES + 19}.example`);
  });
});

describe('pausing a site', () => {
  test('siteKey reads hosts and URLs', () => {
    expect(siteKey('https://www.dawn.com/news/1')).toBe('dawn.com');
    expect(siteKey('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(siteKey('  ')).toBeUndefined();
  });
  test('a paused site covers its subdomains, and only http(s) pages', () => {
    const s = withSitePaused(DEFAULT_SETTINGS, 'https://www.bbc.co.uk/news', true);
    expect(s.pausedSites).toEqual(['bbc.co.uk']);
    expect(isPaused(s, 'https://bbc.co.uk/x')).toBe(true);
    expect(isPaused(s, 'https://news.bbc.co.uk/x')).toBe(true);
    expect(isPaused(s, 'https://notbbc.co.uk/x')).toBe(false);
    expect(isPaused(s, 'file:///bbc.co.uk')).toBe(false);
  });
  test('resuming a subdomain resumes its paused parent', () => {
    const s = withSitePaused(DEFAULT_SETTINGS, 'https://bbc.co.uk', true);
    expect(withSitePaused(s, 'https://news.bbc.co.uk/a', false).pausedSites).toEqual([]);
  });
});

describe('applySensitivity', () => {
  const result = (score: number, topic: boolean): PageResult => ({
    topic,
    score,
    events: topic ? [{ id: 'e', score: 0.5, evidence: [], reasons: [] }] : [],
    figures: [],
  });
  test('normal keeps the detector verdict', () => {
    expect(applySensitivity(result(0.5, true), 'normal').topic).toBe(true);
    expect(applySensitivity(result(0.3, false), 'normal').topic).toBe(false);
  });
  test('low drops pages only partly about the clashes, with their events', () => {
    const r = applySensitivity(result(0.5, true), 'low');
    expect(r.topic).toBe(false);
    expect(r.events).toEqual([]);
    expect(applySensitivity(result(0.9, true), 'low').topic).toBe(true);
  });
  test('high shows pages the detector found at its lowest threshold; normal hides them', () => {
    // The background analyses at the lowest threshold (0.25), so a 0.3 page arrives on topic with events.
    expect(applySensitivity(result(0.3, true), 'high').topic).toBe(true);
    expect(applySensitivity(result(0.3, true), 'normal')).toMatchObject({ topic: false, events: [] });
    expect(applySensitivity(result(0.1, false), 'high').topic).toBe(false);
  });
});

describe('dismissals', () => {
  test('dismiss and undo, per page, fragment ignored', () => {
    let d = withDismissal({}, 'https://a.example/story#top', 'ev1', true, 1);
    expect(dismissedOn(d, 'https://a.example/story')).toEqual(new Set(['ev1']));
    expect(dismissedOn(d, 'https://a.example/other').size).toBe(0);
    d = withDismissal(d, 'https://a.example/story', 'ev1', false, 2);
    expect(d).toEqual({});
  });
  test('only the newest pages are kept', () => {
    let d = {};
    for (let i = 0; i < MAX_DISMISSED_PAGES + 5; i++) d = withDismissal(d, `https://a.example/${i}`, 'ev', true, i);
    expect(Object.keys(d)).toHaveLength(MAX_DISMISSED_PAGES);
    expect(dismissedOn(d, 'https://a.example/0').size).toBe(0);
    expect(dismissedOn(d, `https://a.example/${MAX_DISMISSED_PAGES + 4}`).size).toBe(1);
  });
  test('corrupt stored values are dropped entry by entry', () => {
    expect(parseDismissals({ 'https://x/': { ids: ['a', 3, 'a'], at: 'x' }, bad: null, worse: { ids: 'a' } })).toEqual({
      'https://x/': { ids: ['a'], at: 0 },
    });
    expect(parseDismissals('nope')).toEqual({});
  });
  test('withoutDismissed hides the events', () => {
    const r: PageResult = {
      topic: true,
      score: 1,
      events: [
        { id: 'a', score: 1, evidence: [], reasons: [] },
        { id: 'b', score: 1, evidence: [], reasons: [] },
      ],
      figures: [],
    };
    expect(withoutDismissed(r, new Set(['a'])).events.map((e) => e.id)).toEqual(['b']);
  });
});
