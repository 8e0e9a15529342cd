import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { makeCertificate } from './certificate';
import { WWW_ROOT } from './paths';
import type { SiteServer, SiteServerOptions } from './types';

/** The platforms' real hostnames; each is served from its own folder under tests/e2e/www/. */
export const SITE_HOSTS = [
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'm.facebook.com',
  'www.instagram.com',
  'www.youtube.com',
  'm.youtube.com',
  'www.linkedin.com',
  'www.reddit.com',
  'old.reddit.com',
  'www.tiktok.com',
] as const;

const CONTENT_TYPES: Record<string, string> = {
  '': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `base` + the URL path, or null when the path escapes `base`. */
function inside(base: string, urlPath: string): string | null {
  const full = normalize(join(base, urlPath));
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** The file for a URL path: the path itself, then `.html`, then `index.html` inside it. */
async function findFile(base: string, urlPath: string): Promise<string | null> {
  const full = inside(base, urlPath);
  if (!full) return null;
  for (const candidate of [full, `${full}.html`, join(full, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

function notFound(res: ServerResponse, what: string): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`Not found: ${what}\n`);
}

/**
 * HTTPS for the platforms' hostnames with a throwaway certificate: the pages of tests/e2e/www/<host>/
 * (or `hostRoots`), and tests/e2e/www/_shared/ at /_shared/ on every host. A plain HTTP proxy beside it
 * tunnels CONNECT for those hostnames to the HTTPS server, for browsers that cannot remap DNS (Firefox).
 */
export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  const root = resolve(options.root ?? WWW_ROOT);
  const sharedRoot = join(WWW_ROOT, '_shared');
  const hostRoots = new Map<string, string>(SITE_HOSTS.map((host) => [host, join(root, host)]));
  for (const [host, dir] of Object.entries(options.hostRoots ?? {})) hostRoots.set(host, resolve(dir));
  const hosts = [...hostRoots.keys()];

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const hostRoot = hostRoots.get(host);
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
    } catch {
      notFound(res, req.url ?? '');
      return;
    }
    if (!hostRoot || (req.method !== 'GET' && req.method !== 'HEAD')) {
      notFound(res, `${host}${urlPath}`);
      return;
    }
    const file = urlPath.startsWith('/_shared/')
      ? await findFile(sharedRoot, urlPath.slice('/_shared'.length))
      : await findFile(hostRoot, urlPath);
    if (!file) {
      notFound(res, `${host}${urlPath}`);
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const https = createHttpsServer(await makeCertificate(hosts), (req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const sockets = new Set<Socket>();
  https.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => https.listen(0, '127.0.0.1', done));
  const port = (https.address() as AddressInfo).port;

  const proxy = createHttpServer((_req, res) => {
    res.writeHead(501, { 'content-type': 'text/plain' });
    res.end('Only CONNECT to the served hostnames\n');
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!hostRoots.has(target)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    port,
    proxyPort,
    hosts,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((done) => https.close(() => done())),
        new Promise<void>((done) => proxy.close(() => done())),
      ]);
    },
  };
}
