// Reading a saved page from disk for the scanner and the evaluation: bytes -> text -> DOM.
import { Window } from 'happy-dom';

/** Decodes bytes the way a browser would: BOM first, then a declared charset, else UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label: read as UTF-8, replacing bad bytes
  }
}

export const looksLikeHtml = (text: string) => /<(?:!doctype|html|head|body|p|div|article|br)\b/i.test(text.slice(0, 4096));

/** happy-dom as the tools use it: a page's scripts, stylesheets and frames are never run or loaded. */
export const INERT_PAGE_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

/** A DOM for the text: parsed as HTML (scripts never run), or plain text as one paragraph per line. */
export function pageDocument(text: string): Document {
  const window = new Window({ settings: INERT_PAGE_SETTINGS });
  const parser = new window.DOMParser();
  if (looksLikeHtml(text)) return parser.parseFromString(text, 'text/html') as unknown as Document;
  const doc = parser.parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html') as unknown as Document;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const p = doc.createElement('p');
    p.textContent = line;
    doc.body.appendChild(p);
  }
  return doc;
}
