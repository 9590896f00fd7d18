/**
 * Runs work one at a time per key, in the order it was queued; a failure does not stop the work queued after it.
 * A key's queue is dropped once it runs empty.
 */
export const wachtrijPerSleutel = () => {
  const wachtrijen = new Map<string, Promise<unknown>>()
  return <T>(sleutel: string, werk: () => Promise<T>): Promise<T> => {
    const huidig = (wachtrijen.get(sleutel) ?? Promise.resolve()).then(werk, werk)
    const staart = huidig.then(
      () => undefined,
      () => undefined,
    )
    wachtrijen.set(sleutel, staart)
    void staart.then(() => {
      if (wachtrijen.get(sleutel) === staart) wachtrijen.delete(sleutel)
    })
    return huidig
  }
}
