// The page side of a result: the matched sentences highlighted, and beside each marked paragraph a small
// marker that opens the figures on hover or keyboard focus. All of it sits in one shadow root on
// a host we own, so the page's styles cannot break it and the scanner never reads it; remove() takes
// every trace away again.
import type { DatasetEvent } from '@/utils/dataset/types';
import type { PageFigure, PageResult, TextLocation } from '@/utils/detect/types';
import { eventIdOfClaim } from '@/utils/display/rules';
import { clearHighlights, highlightRanges } from './highlight';
import { fillCard, fillCardMessage, type Translate } from './hover-card';
import cardCss from './hover-card.css?inline';

const MAX_MARKERS = 12;
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;

export interface PageMarksOptions {
  hostAttribute: string;
  rangeFor: (location: TextLocation) => Range | null;
  loadEvents: (ids: string[]) => Promise<DatasetEvent[]>;
  t: Translate;
}

interface Marker {
  location: TextLocation;
  eventIds: string[];
  figures: PageFigure[];
  button: HTMLButtonElement;
  card: HTMLElement;
  filled: boolean;
}

export interface PageMarks {
  show(result: PageResult | undefined): void;
  remove(): void;
}

export function createPageMarks(options: PageMarksOptions): PageMarks {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let markers: Marker[] = [];
  let events: Promise<DatasetEvent[]> | undefined;
  let eventIds: string[] = [];
  let frame = 0;
  let resizeObserver: ResizeObserver | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let returningFocus = false;
  /** A tap (or click) on a marker is under way: its focus must not open the card the click then toggles. */
  let pressing = false;
  let status: HTMLElement | undefined;
  let announced = -1;

  const scheduleLayout = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };

  function ensureHost(): ShadowRoot {
    if (root && host?.isConnected) return root;
    host = document.createElement('durand-lens-marks');
    host.setAttribute(options.hostAttribute, '');
    // Set through the CSSOM, which a page's CSP does not block (unlike a style attribute in markup).
    for (const [name, value] of Object.entries({
      position: 'absolute',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      margin: '0',
      padding: '0',
      border: '0',
      overflow: 'visible',
      'z-index': '2147483647',
      display: 'block',
    }))
      host.style.setProperty(name, value, 'important');
    // Open, as WXT's own shadow-root UIs are: it holds only dataset text, and tests and assistive tools can reach it.
    root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, cardCss);
    // Said once by screen readers when the marks appear: how many passages were marked.
    status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    root.append(status);
    document.documentElement.append(host);
    document.addEventListener('pointerdown', onPointerDownOutside, true);
    window.addEventListener('resize', scheduleLayout);
    resizeObserver = new ResizeObserver(scheduleLayout);
    resizeObserver.observe(document.documentElement);
    document.addEventListener('keydown', onKeydown, true);
    return root;
  }

  /** A tap or click anywhere but a marker or its card closes the open card (touch screens have no hover to leave). */
  function onPointerDownOutside(e: PointerEvent) {
    if (host && e.composedPath().includes(host)) return;
    for (const m of markers) if (!m.card.hidden) close(m);
  }

  function onKeydown(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    const open = markers.find((m) => !m.card.hidden);
    if (!open) return;
    const focusInside = root?.activeElement && (open.card.contains(root.activeElement) || open.button === root.activeElement);
    close(open);
    if (focusInside) {
      // Back on the marker without opening the card again; Enter or a new focus opens it.
      returningFocus = true;
      open.button.focus({ preventScroll: true });
      returningFocus = false;
    }
  }

  function layout() {
    // All reads first, then all writes: interleaving them would force a layout per marker.
    const places = markers.map((m) => {
      const range = options.rangeFor(m.location);
      const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0) : [];
      const last = rects.at(-1);
      if (!last) return undefined;
      // In the margin beside the sentence's first line, as margin notes sit: the text stays readable.
      const first = rects[0]!;
      const block = blockOf(range!.startContainer);
      const box = (block ?? range!.startContainer.parentElement ?? document.body).getBoundingClientRect();
      const rtl = getComputedStyle(block ?? document.body).direction === 'rtl';
      let x = rtl ? box.right + 6 : box.left - 26;
      if (x < 2 || x > innerWidth - 22) x = rtl ? Math.max(2, last.left - 24) : Math.min(innerWidth - 22, last.right + 4);
      return { left: x + scrollX, top: first.top + scrollY + Math.max(0, (first.height - 20) / 2) };
    });
    markers.forEach((m, i) => {
      const place = places[i];
      m.button.hidden = !place;
      if (!place) {
        m.card.hidden = true;
        return;
      }
      m.button.style.left = `${place.left}px`;
      m.button.style.top = `${place.top}px`;
    });
    for (const m of markers) if (!m.card.hidden) placeCard(m);
  }

  function placeCard(m: Marker) {
    const button = m.button.getBoundingClientRect();
    const width = Math.min(420, innerWidth - 16);
    const left = Math.min(Math.max(8, button.left - width / 2 + 10), innerWidth - width - 8);
    // Below the marker, or above it when there is clearly more room there; never past the window.
    m.card.style.maxHeight = '';
    const natural = m.card.offsetHeight || 240;
    const spaceBelow = innerHeight - button.bottom - 14;
    const spaceAbove = button.top - 14;
    const below = spaceBelow >= Math.min(natural, 240) || spaceBelow >= spaceAbove;
    const room = Math.max(160, below ? spaceBelow : spaceAbove);
    m.card.style.maxHeight = `${Math.min(440, room)}px`;
    const height = Math.min(natural, 440, room);
    const top = below ? button.bottom + 6 : button.top - height - 6;
    m.card.style.left = `${left + scrollX}px`;
    m.card.style.top = `${top + scrollY}px`;
  }

  function open(m: Marker) {
    clearTimeout(closeTimer);
    for (const other of markers) if (other !== m && !other.card.hidden) close(other);
    m.card.hidden = false;
    m.button.setAttribute('aria-expanded', 'true');
    placeCard(m);
    if (!m.filled) {
      m.filled = true;
      fillCardMessage(m.card, options.t('cardLoading'));
      events ??= options.loadEvents(eventIds).catch(() => []);
      void events.then((all) => {
        // The events this paragraph's figures belong to first, then in the order they matched.
        const tied = new Set(m.figures.flatMap((f) => f.agreesWith.map((a) => eventIdOfClaim(a.claimId))));
        const rank = (id: string) => (tied.has(id) ? 0 : 1) * 100 + m.eventIds.indexOf(id);
        const mine = all.filter((e) => m.eventIds.includes(e.id)).sort((a, b) => rank(a.id) - rank(b.id));
        if (mine.length) fillCard(m.card, mine, m.figures, options.t);
        else fillCardMessage(m.card, options.t('cardUnavailable'));
        if (!m.card.hidden) placeCard(m);
      });
    }
  }

  function close(m: Marker) {
    m.card.hidden = true;
    m.button.setAttribute('aria-expanded', 'false');
  }

  const within = (m: Marker, node: EventTarget | null) => node instanceof Node && (m.button === node || m.card.contains(node));

  function build(result: PageResult) {
    const shadow = ensureHost();
    for (const m of markers) {
      m.button.remove();
      m.card.remove();
    }
    // One marker per paragraph: the first matched sentence in it, for every event matched there.
    const byBlock = new Map<number, { location: TextLocation; eventIds: Set<string> }>();
    for (const match of result.events) {
      // The title's sentences (block -1) have no place on the page.
      for (const e of match.evidence.filter((x) => x.block >= 0)) {
        const seen = byBlock.get(e.block);
        if (!seen) byBlock.set(e.block, { location: { block: e.block, start: e.start, end: e.end }, eventIds: new Set([match.id]) });
        else {
          seen.eventIds.add(match.id);
          if (e.start < seen.location.start) seen.location = { block: e.block, start: e.start, end: e.end };
        }
      }
    }
    const blocks = [...byBlock.values()].sort((a, b) => a.location.block - b.location.block).slice(0, MAX_MARKERS);
    markers = blocks.map(({ location, eventIds }, i) => {
      // The paragraph's own figures first; a paragraph that states none shows what the rest of the page states.
      const ofEvents = result.figures.filter((f) => f.agreesWith.some((a) => eventIds.has(eventIdOfClaim(a.claimId))));
      const inBlock = ofEvents.filter((f) => f.block === location.block);
      const figures = inBlock.length ? [...inBlock, ...ofEvents.filter((f) => f.block !== location.block)] : ofEvents;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'marker';
      button.append(lens());
      button.setAttribute('aria-label', options.t('markerLabel'));
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', `durand-lens-card-${i}`);
      button.dataset.marker = String(i);
      const card = document.createElement('section');
      card.className = 'card';
      card.id = `durand-lens-card-${i}`;
      card.hidden = true;
      card.setAttribute('aria-label', options.t('cardLabel'));
      const m: Marker = { location, eventIds: [...eventIds], figures, button, card, filled: false };
      const later = (fn: () => void, ms: number) => setTimeout(fn, ms);
      // Hover opens and leaving closes, for a mouse only: a tap opens and closes with its click.
      button.addEventListener('pointerenter', (e) => {
        if (e.pointerType !== 'mouse') return;
        clearTimeout(closeTimer);
        openTimer = later(() => open(m), OPEN_DELAY_MS);
      });
      button.addEventListener('pointerdown', () => {
        pressing = true;
        clearTimeout(openTimer);
        // A press that never becomes a click (dragged away) must not block the next focus.
        later(() => (pressing = false), 1000);
      });
      button.addEventListener('focus', () => {
        if (!returningFocus && !pressing) open(m);
      });
      button.addEventListener('click', () => {
        pressing = false;
        if (m.card.hidden) open(m);
        else close(m);
      });
      for (const node of [button, card]) {
        node.addEventListener('pointerleave', (e) => {
          if (e.pointerType !== 'mouse') return;
          clearTimeout(openTimer);
          closeTimer = later(() => close(m), CLOSE_DELAY_MS);
        });
        node.addEventListener('focusout', (e) => {
          if (!within(m, (e as FocusEvent).relatedTarget)) close(m);
        });
      }
      card.addEventListener('pointerenter', () => clearTimeout(closeTimer));
      // Keyboard order: marker, then its card's links, then the next marker.
      shadow.append(button, card);
      return m;
    });
    // Placed on the next frame, when the browser lays out anyway.
    scheduleLayout();
    announce(byBlock.size);
  }

  /** Once per count: a live region only speaks when its text changes after it is in the page. */
  function announce(count: number) {
    if (!status || count === announced) return;
    announced = count;
    const region = status;
    setTimeout(() => (region.textContent = options.t('marksAnnounce', String(count))), 400);
  }

  return {
    show(result) {
      const ranges: Range[] = [];
      const seen = new Set<string>();
      for (const match of result?.events ?? []) {
        for (const e of match.evidence) {
          const key = `${e.block}:${e.start}:${e.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const range = options.rangeFor(e);
          if (range) ranges.push(range);
        }
      }
      if (!result || ranges.length === 0) return this.remove();
      const ids = result.events.map((e) => e.id);
      if (ids.join() !== eventIds.join()) events = undefined;
      eventIds = ids;
      highlightRanges(ranges);
      build(result);
    },
    remove() {
      clearHighlights();
      clearTimeout(closeTimer);
      clearTimeout(openTimer);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      resizeObserver?.disconnect();
      window.removeEventListener('resize', scheduleLayout);
      document.removeEventListener('keydown', onKeydown, true);
      document.removeEventListener('pointerdown', onPointerDownOutside, true);
      host?.remove();
      host = undefined;
      root = undefined;
      markers = [];
      events = undefined;
      eventIds = [];
      status = undefined;
      announced = -1;
    },
  };
}

/** The paragraph-like element holding a node: where a margin marker lines up. */
function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== document.body; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    if (display === 'block' || display === 'list-item' || display === 'table-cell' || display === 'flex' || display === 'grid') return el;
  }
  return null;
}

/** A small lens, drawn with SVG elements (no markup parsing); built once, when first needed, then cloned. */
let lensTemplate: SVGSVGElement | undefined;
const lens = () => (lensTemplate ??= lensIcon()).cloneNode(true);
function lensIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = document.createElementNS(ns, 'circle');
  for (const [k, v] of Object.entries({ cx: '6.5', cy: '6.5', r: '4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.2' }))
    circle.setAttribute(k, v);
  const handle = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ d: 'M10 10l4.2 4.2', stroke: 'currentColor', 'stroke-width': '2.4', 'stroke-linecap': 'round' }))
    handle.setAttribute(k, v);
  svg.append(circle, handle);
  return svg;
}

/** Styles inside the shadow root: a constructed sheet where the browser allows it, else a <style>. */
function adoptStyles(root: ShadowRoot, css: string) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox content scripts cannot always hand a constructed sheet to the page's document.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
