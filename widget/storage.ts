// Remembers the conversation id and its visitor token (localStorage) and whether the panel was open (sessionStorage), tolerating blocked storage.
function store(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

function get(kind: 'localStorage' | 'sessionStorage', name: string): string | null {
  try {
    return store(kind)?.getItem(name) ?? null;
  } catch {
    return null;
  }
}

function set(kind: 'localStorage' | 'sessionStorage', name: string, value: string | null) {
  try {
    if (value === null) store(kind)?.removeItem(name);
    else store(kind)?.setItem(name, value);
  } catch {
    // Storage full or disabled: the widget still works, it just forgets on reload.
  }
}

export function createMemory(api: string, key: string | undefined) {
  const prefix = `tradepilot:${api}:${key ?? 'local'}`;
  return {
    conversationId: () => get('localStorage', `${prefix}:conversation`),
    setConversationId: (id: string | null) => set('localStorage', `${prefix}:conversation`, id),
    /** The visitor token the server issued with a conversation's first answer, kept with its id. */
    visitorToken: (conversationId: string) => {
      const [id, token] = (get('localStorage', `${prefix}:visitor`) ?? '').split(' ');
      return id === conversationId && token ? token : null;
    },
    setVisitorToken: (conversationId: string, token: string) =>
      set('localStorage', `${prefix}:visitor`, `${conversationId} ${token}`),
    wasOpen: () => get('sessionStorage', `${prefix}:open`) === '1',
    setOpen: (open: boolean) => set('sessionStorage', `${prefix}:open`, open ? '1' : null),
  };
}

export type Memory = ReturnType<typeof createMemory>;
