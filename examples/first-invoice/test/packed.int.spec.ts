import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verwachteUitvoer } from '../src/verwachte-uitvoer'

const exec = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const example = join(root, 'examples/first-invoice/src')
const packages = ['eventsourcing', 'facturatie', 'store-postgres']
const npm = (args: string[], cwd: string) =>
  exec('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 16 * 1024 * 1024 })
const versie = async (pkg: string) =>
  (JSON.parse(await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version

let werkmap = ''
let tarballs: string[] = []

/** A host project of one module kind beside the shared node_modules: the example's files, its tsconfig, tsc. */
const host = async (soort: 'module' | 'commonjs') => {
  const map = join(werkmap, 'host', soort)
  await mkdir(join(map, 'src'), { recursive: true })
  for (const bestand of ['main.ts', 'gegevens.ts']) await cp(join(example, bestand), join(map, 'src', bestand))
  await writeFile(join(map, 'package.json'), JSON.stringify({ private: true, type: soort }))
  const compilerOptions = {
    target: 'ES2022',
    module: 'nodenext',
    strict: true,
    outDir: 'dist',
    rootDir: 'src',
    types: ['node'],
  }
  await writeFile(join(map, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }))
  await exec(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', map])
  return exec(process.execPath, [join(map, 'dist/main.js')], { cwd: map })
}

describe('the packed tarballs in a fresh host project', () => {
  beforeAll(async () => {
    werkmap = await mkdtemp(join(tmpdir(), 'factuurstroom-pack-'))
    // `npm test` builds first; on its own this spec builds the three packages the example needs.
    const gebouwd = await Promise.all(packages.map((p) => readdir(join(root, 'packages', p, 'dist')).catch(() => [])))
    if (gebouwd.some((bestanden) => bestanden.length === 0)) {
      await npm(['run', 'build', ...packages.flatMap((p) => ['-w', `@factuurstroom/${p}`])], root)
    }
    await npm(['pack', '--pack-destination', werkmap, ...packages.flatMap((p) => ['-w', `@factuurstroom/${p}`])], root)
    tarballs = (await readdir(werkmap)).filter((f) => f.endsWith('.tgz')).sort()
    const dependencies: Record<string, string> = { '@types/node': await versie('@types/node') }
    for (const [i, p] of packages.entries()) dependencies[`@factuurstroom/${p}`] = `file:../${tarballs[i]}`
    await mkdir(join(werkmap, 'host'))
    await writeFile(join(werkmap, 'host/package.json'), JSON.stringify({ private: true, dependencies }))
    // Their dependencies come from the npm cache the monorepo's install filled; the registry only for what is missing.
    await npm(['install', '--prefer-offline'], join(werkmap, 'host'))
  }, 300_000)
  afterAll(async () => {
    if (werkmap !== '') await rm(werkmap, { recursive: true, force: true })
  })

  it('each tarball carries its README and the MIT LICENSE beside dist', async () => {
    expect(tarballs).toEqual([
      'factuurstroom-eventsourcing-0.1.0.tgz',
      'factuurstroom-facturatie-0.1.0.tgz',
      'factuurstroom-store-postgres-0.1.0.tgz',
    ])
    for (const tarball of tarballs) {
      const { stdout } = await exec('tar', ['-tzf', join(werkmap, tarball)])
      const buiten = stdout.split('\n').filter((f) => f !== '' && !f.startsWith('package/dist/'))
      expect([tarball, buiten.sort()]).toEqual([
        tarball,
        ['package/LICENSE', 'package/README.md', 'package/package.json'],
      ])
      const { stdout: licentie } = await exec('tar', ['-xzOf', join(werkmap, tarball), 'package/LICENSE'])
      expect(licentie).toMatch(/^MIT License\n/)
    }
  })

  it('ESM host (TypeScript nodenext, full lib check): the first-invoice example compiles and prints the worked example', async () => {
    const { stdout, stderr } = await host('module')
    expect([stderr, stdout]).toEqual(['', verwachteUitvoer])
  }, 180_000)

  it('CommonJS host (TypeScript nodenext, full lib check): the same program, the same output', async () => {
    const { stdout, stderr } = await host('commonjs')
    expect([stderr, stdout]).toEqual(['', verwachteUitvoer])
  }, 180_000)
})
