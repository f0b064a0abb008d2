// The widget: launcher button and chat panel in a shadow root, the chat flow (send, stop, retry) and history restore.
import { ChatRequestError, loadHistory, streamChat } from './chat-client';
import type { WidgetConfig } from './config';
import { STRINGS, format, type Strings } from './i18n';
import { icon } from './icons';
import { AssistantMessage } from './message-view';
import { h } from './render';
import { createMemory } from './storage';
import { CSS as WIDGET_CSS } from './styles';

export interface WidgetApi {
  open(): void;
  close(): void;
  /** Opens the panel and sends a question. */
  ask(question: string): void;
  /** Forgets the conversation and clears the panel. */
  reset(): void;
}

function applyStyles(shadow: ShadowRoot) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(h('style', {}, [WIDGET_CSS])); // browsers without constructable stylesheets
  }
}

/** Picks dark or light text for a brand colour by its luminance. */
function textOn(rgb: string): string {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  const lum = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b) > 0.4 ? '#111' : '#fff';
}

function errorText(t: Strings, err: unknown): string {
  if (!(err instanceof ChatRequestError)) return t.errorNetwork;
  switch (err.kind) {
    case 'forbidden':
      return t.errorForbidden;
    case 'rate_limited':
      return format(t.errorRateLimited, { s: err.retryAfter });
    case 'interrupted':
      return t.errorInterrupted;
    case 'server':
      return format(t.errorServer, { m: err.message });
    default:
      return t.errorNetwork;
  }
}

export function mountWidget(config: WidgetConfig, doc: Document): WidgetApi {
  const t = STRINGS[config.lang];
  const memory = createMemory(config.api, config.key);
  const client = { api: config.api, key: config.key, visitor: memory };

  const host = doc.createElement('div');
  host.setAttribute('data-tradepilot-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);

  const launcher = h(
    'button',
    {
      type: 'button',
      class: 'tp-launcher',
      'aria-label': t.open,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-controls': 'tp-panel',
    },
    [icon('chat')],
  );
  const closeButton = h(
    'button',
    { type: 'button', class: 'tp-icon tp-close', 'aria-label': t.close, title: t.close },
    [icon('close')],
  );
  const newButton = h(
    'button',
    { type: 'button', class: 'tp-icon tp-new', 'aria-label': t.newChat, title: t.newChat },
    [icon('plus')],
  );
  const mode = h('p', { class: 'tp-mode', hidden: '' }, [t.noLlm]);
  const log = h('div', {
    class: 'tp-log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': t.title,
    tabindex: '0',
  });
  const status = h('div', { class: 'tp-sr', role: 'status', 'aria-live': 'polite' });
  const input = h('textarea', {
    id: 'tp-input',
    class: 'tp-input',
    rows: '1',
    placeholder: t.placeholder,
    maxlength: '4000',
    enterkeyhint: 'send',
  }) as HTMLTextAreaElement;
  const send = h('button', { type: 'submit', class: 'tp-send' }, [t.send]) as HTMLButtonElement;
  const stop = h('button', { type: 'button', class: 'tp-send tp-stop', hidden: '' }, [t.stop]);
  const form = h('form', { class: 'tp-form' }, [
    h('label', { class: 'tp-sr', for: 'tp-input' }, [t.inputLabel]),
    input,
    send,
    stop,
  ]) as HTMLFormElement;
  const panel = h(
    'section',
    {
      id: 'tp-panel',
      class: 'tp-panel',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'tp-title',
      hidden: '',
    },
    [
      h('header', { class: 'tp-header' }, [
        h('div', { class: 'tp-heading' }, [
          h('h2', { id: 'tp-title', class: 'tp-title' }, [t.title]),
          h('p', { class: 'tp-subtitle' }, [t.subtitle]),
        ]),
        newButton,
        closeButton,
      ]),
      mode,
      log,
      status,
      form,
      h('p', { class: 'tp-foot' }, [t.disclaimer]),
    ],
  );
  const root = h(
    'div',
    {
      class: `tp-root${config.position === 'left' ? ' tp-left' : ''}`,
      'data-theme': config.theme,
      lang: config.lang === 'zh' ? 'zh-CN' : 'en',
    },
    [launcher, panel],
  );
  shadow.append(root);
  doc.body.append(host);

  if (config.color && globalThis.CSS?.supports?.('color', config.color)) {
    root.style.setProperty('--tp-brand', config.color);
    root.style.setProperty('--tp-on-brand', textOn(getComputedStyle(launcher).backgroundColor));
  }

  let conversationId = memory.conversationId();
  let controller: AbortController | null = null;

  // While an answer streams the log follows it, but stops once the question reaches the top (the answer is read
  // from its start) or as soon as the reader scrolls by themselves.
  let follow = true;
  let lastQuestion: HTMLElement | null = null;
  const followAnswer = () => {
    if (!follow) return;
    const limit = lastQuestion ? lastQuestion.offsetTop - log.offsetTop - 8 : log.scrollHeight;
    log.scrollTop = Math.max(log.scrollTop, Math.min(log.scrollHeight, limit));
  };
  const toBottom = () => {
    log.scrollTop = log.scrollHeight;
  };
  for (const type of ['wheel', 'touchmove', 'keydown'])
    log.addEventListener(type, () => (follow = false), { passive: true });

  const welcome = () =>
    log.append(h('div', { class: 'tp-msg tp-assistant tp-welcome' }, [t.welcome]));
  const addUser = (text: string) => {
    log.querySelector('.tp-welcome')?.remove();
    lastQuestion = h('div', { class: 'tp-msg tp-user' }, [
      h('span', { class: 'tp-sr' }, [`${t.you}: `]),
      text,
    ]);
    log.append(lastQuestion);
    follow = true;
    toBottom();
  };
  const newAssistant = () => {
    const view = new AssistantMessage(t, followAnswer, (message) => void ask(message));
    log.append(view.el);
    return view;
  };

  const setBusy = (busy: boolean) => {
    send.hidden = busy;
    stop.hidden = !busy;
    log.setAttribute('aria-busy', String(busy));
  };

  async function ask(question: string, isRetry = false) {
    const text = question.trim();
    if (!text || controller) return;
    if (!isRetry) addUser(text);
    follow = true;
    const view = newAssistant();
    const ctrl = new AbortController();
    controller = ctrl;
    setBusy(true);
    view.setStreaming(true);
    status.textContent = t.thinking;
    const retry = () => {
      view.el.remove();
      void ask(text, true);
    };
    try {
      await streamChat(
        client,
        { message: text, ...(conversationId ? { conversation_id: conversationId } : {}) },
        (event) => {
          switch (event.type) {
            case 'start':
              conversationId = event.conversation_id;
              memory.setConversationId(conversationId);
              mode.hidden = event.mode !== 'no-llm';
              break;
            case 'token':
              view.appendText(event.text);
              break;
            case 'tool_call':
              status.textContent = view.toolStarted(event.name, event.arguments);
              break;
            case 'tool_result':
              view.toolFinished(event.name, event.ok, event.summary);
              break;
            case 'citation':
              view.addCitation(event);
              break;
            case 'answer':
              view.setAnswer(event);
              break;
            case 'error':
              view.showError(format(t.errorServer, { m: event.message }), retry);
              break;
            case 'done':
              break;
          }
        },
        ctrl.signal,
      );
      status.textContent = t.answered;
    } catch (err) {
      if (ctrl.signal.aborted) {
        view.showNote(t.stopped);
        status.textContent = t.stopped;
      } else {
        const message = errorText(t, err);
        view.showError(message, retry);
        status.textContent = message;
      }
    } finally {
      view.settleTools();
      view.setStreaming(false);
      controller = null;
      setBusy(false);
    }
  }

  async function restore(id: string) {
    try {
      const messages = await loadHistory(client, id);
      if (messages === null) {
        conversationId = null;
        memory.setConversationId(null);
        return;
      }
      if (!messages.length || conversationId !== id || controller) return;
      log.replaceChildren();
      for (const m of messages) {
        if (m.role === 'user') {
          addUser(m.content);
          continue;
        }
        const view = newAssistant();
        for (const c of m.citations) view.addCitation(c);
        view.setText(m.content);
      }
      toBottom();
    } catch {
      log.append(h('p', { class: 'tp-note' }, [t.historyFailed]));
    }
  }

  function open(focus = true) {
    panel.hidden = false;
    root.classList.add('tp-open');
    launcher.setAttribute('aria-expanded', 'true');
    memory.setOpen(true);
    toBottom();
    if (focus) input.focus();
  }

  function close() {
    panel.hidden = true;
    root.classList.remove('tp-open');
    launcher.setAttribute('aria-expanded', 'false');
    memory.setOpen(false);
    launcher.focus();
  }

  function reset() {
    controller?.abort();
    conversationId = null;
    memory.setConversationId(null);
    lastQuestion = null;
    mode.hidden = true;
    log.replaceChildren();
    welcome();
    input.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()));
  closeButton.addEventListener('click', close);
  newButton.addEventListener('click', reset);
  stop.addEventListener('click', () => {
    controller?.abort();
    input.focus();
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value;
    if (!text.trim() || controller) return;
    input.value = '';
    input.style.height = '';
    void ask(text);
  });
  input.addEventListener('keydown', (e) => {
    // Enter sends; Shift+Enter is a new line; Enter while an IME is composing (Chinese input) is not a send.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', () => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 140)}px`;
  });
  // Any element on the page with data-tradepilot-ask="question" asks that question when clicked.
  doc.addEventListener('click', (e) => {
    const target = (e.target as Element | null)?.closest?.('[data-tradepilot-ask]');
    if (!target) return;
    e.preventDefault();
    open();
    void ask(target.getAttribute('data-tradepilot-ask') ?? '');
  });

  welcome();
  if (conversationId) void restore(conversationId);
  if (config.open || memory.wasOpen()) open(false);

  return { open, close, ask: (q) => (open(), void ask(q)), reset };
}
