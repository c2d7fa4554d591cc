import Fastify from 'fastify';
import pg from 'pg';

/*
 * The baseline of the intake benchmark: a bare Fastify 5 route in its own process that writes one row per request
 * in its own transaction and answers once the commit returned (synchronous commit, as every intake's): the
 * least a durable intake can cost on this machine, one statement and one WAL flush each, nothing else.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
await pool.query('CREATE TABLE IF NOT EXISTS bare_intake (id bigserial PRIMARY KEY, body jsonb NOT NULL)');
const app = Fastify({ logger: false });
app.post('/intake', async (req, reply) => {
  const { rows } = await pool.query('INSERT INTO bare_intake (body) VALUES ($1) RETURNING id', [req.body]);
  return reply.code(201).send({ id: rows[0].id });
});
await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
