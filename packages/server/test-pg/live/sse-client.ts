/** A minimal server-sent-events reader for tests: collects each message's id, event and parsed data. */
export type SseMessage = { id: string | null; event: string; data: unknown };

export type SseStream = {
  status: number;
  messages: SseMessage[];
  /** Resolves with the first message (from the start) that passes `test`, or rejects after `ms`. */
  next(test: (m: SseMessage) => boolean, ms?: number): Promise<SseMessage>;
  close(): void;
};

export const openSse = async (url: string, cookie: string, lastEventId?: string): Promise<SseStream> => {
  const ctrl = new AbortController();
  const res = await fetch(url, {
    headers: {
      cookie,
      accept: 'text/event-stream',
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    },
    signal: ctrl.signal,
  });
  const messages: SseMessage[] = [];
  let listeners: (() => void)[] = [];
  const pump = async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of res.body) {
        buf += decoder.decode(chunk as Uint8Array, { stream: true });
        for (let end = buf.indexOf('\n\n'); end >= 0; end = buf.indexOf('\n\n')) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          let id: string | null = null;
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('id:')) id = line.slice(3).trim();
            else if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trim());
          }
          if (data.length === 0) continue; // a heartbeat comment
          messages.push({ id, event, data: JSON.parse(data.join('\n')) });
          for (const l of listeners) l();
        }
      }
    } catch {
      // aborted
    }
  };
  void pump();
  return {
    status: res.status,
    messages,
    next: (test, ms = 1000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = messages.find(test);
          if (!hit) return false;
          listeners = listeners.filter((l) => l !== check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          listeners = listeners.filter((l) => l !== check);
          reject(new Error(`no matching message within ${ms} ms; got ${JSON.stringify(messages)}`));
        }, ms);
        if (!check()) listeners.push(check);
      }),
    close: () => ctrl.abort(),
  };
};
