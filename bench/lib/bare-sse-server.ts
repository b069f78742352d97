/**
 * The sse-fanout scenario's baseline, in its own process like the API: a bare node:http server
 * holding every GET as an open event stream, and one Redis subscriber; a message on the channel
 * is written to every stream, which then ends. The floor of "Redis Pub/Sub → N SSE clients".
 * Env: REDIS_URL, BARE_CHANNEL, PORT. Prints "ready" once it listens.
 */
import { createServer, type ServerResponse } from 'node:http';
import { Redis } from 'ioredis';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const streams = new Set<ServerResponse>();
const subscriber = new Redis(env('REDIS_URL'));
await subscriber.subscribe(env('BARE_CHANNEL'));
subscriber.on('message', (_channel: string, id: string) => {
  const data = JSON.stringify({ status: 'cancelled', at: new Date().toISOString() });
  for (const res of streams) res.end(`id: ${id}\nevent: cancelled\ndata: ${data}\n\n`);
  streams.clear();
});

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.write(`id: 0\nevent: snapshot\ndata: {"status":"queued"}\n\n`);
  streams.add(res);
  req.on('close', () => streams.delete(res));
});
server.listen(Number(env('PORT')), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  subscriber.disconnect();
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
