// widget.js entry: reads the <script> tag's settings, mounts the widget once, and exposes window.Tradepilot.
import { findScript, readConfig } from './config';
import { mountWidget, type WidgetApi } from './widget';

declare global {
  interface Window {
    Tradepilot?: WidgetApi;
  }
}

function start(script: HTMLScriptElement | null) {
  if (window.Tradepilot) return; // included twice: keep the first
  const config = readConfig(
    { ...(script?.dataset ?? {}) },
    script?.src,
    document.documentElement.lang,
    location.href,
  );
  window.Tradepilot = mountWidget(config, document);
}

// currentScript is only set while this script runs, so read it now and mount once the body exists.
const script = findScript(document);
if (document.body) start(script);
else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
