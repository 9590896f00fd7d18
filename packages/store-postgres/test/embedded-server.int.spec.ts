import { chmod, cp, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedServer } from './embedded-server'
import { installedNativeDir } from './server-binaries'

const made: string[] = []
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

describe('the embedded test server', () => {
  it('starts from binaries inside a directory only its owner may enter (a checkout under mktemp -d or /root)', async () => {
    const privateDir = await mkdtemp(join(tmpdir(), 'factuurstroom-0700-'))
    made.push(privateDir)
    await chmod(privateDir, 0o700)
    const installed = await installedNativeDir()
    const packageCopy = join(privateDir, 'node_modules', 'binaries')
    await cp(dirname(installed), packageCopy, { recursive: true, verbatimSymlinks: true })
    const copyInto = await mkdtemp(join(tmpdir(), 'factuurstroom-bin-'))
    made.push(copyInto)
    await chmod(copyInto, 0o755)
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700)

    const server = await startEmbeddedServer({ nativeDir: join(packageCopy, 'native'), copyInto })
    const client = new pg.Client({ connectionString: server.url })
    try {
      await client.connect()
      const result = await client.query<{ encoding: string }>(
        'select pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()',
      )
      expect(result.rows).toEqual([{ encoding: 'UTF8' }])
    } finally {
      await client.end()
      await server.stop()
    }
  })
})
