// Stands in for WXT's ContentScriptContext in the content script build (see leanContentScript in
// wxt.config.ts). Our content script never uses the context, and WXT's constructor costs a few
// milliseconds on every page (an AbortController, a window message to stop older copies, a listener).
// Older copies are told apart by the window flag in index.ts instead.
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
