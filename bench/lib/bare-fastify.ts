import Fastify from 'fastify';

/*
 * The baseline of the request-path benchmark: a bare Fastify 5 route in its own process (no logger, no hooks,
 * no plugins), answering the same body as /healthz, and a route answering 20 fixed rows of the case list's shape.
 */
const app = Fastify({ logger: false });
app.get('/healthz', async () => ({ status: 'ok' }));
const rows = Array.from({ length: 20 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  number: `ZXBJ20261207${String(i).padStart(4, '0')}`,
  kind: 'consultation',
  channel: 'phone',
  status: 'new',
  subject: '理赔材料咨询',
  customerNameMasked: '张*',
  ownerName: '北京坐席一',
  branchName: '北京分公司',
  createdAt: '2026-12-07T02:00:00.000Z',
  updatedAt: '2026-12-07T02:00:00.000Z',
}));
app.get('/rows', async () => ({ items: rows, more: true, next: 'x' }));
await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
