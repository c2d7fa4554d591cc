import http from 'node:http';

export type Answer = { status: number; body: string; serverMs: number };

/**
 * One keep-alive connection, like a browser tab's: `fetch` (undici behind WHATWG streams and Headers) costs the
 * client a few hundred microseconds per request and garbage of its own, which would be timed as the server's
 * latency. `serverMs` is the server's own account of the request (its Server-Timing header).
 */
export const keepAliveClient = (baseUrl: string, headers: Record<string, string> = {}) => {
  const u = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, json?: unknown) =>
    new Promise<Answer>((resolve, reject) => {
      const body = json === undefined ? undefined : JSON.stringify(json);
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          method,
          path,
          agent,
          headers: body
            ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              serverMs: Number(
                /app;dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''))?.[1] ?? Number.NaN,
              ),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
};
