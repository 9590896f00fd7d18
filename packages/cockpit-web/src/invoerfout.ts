/** Bad input from a request: answered with 400 and this message, naming the field and the value; nothing is written. */
export class Invoerfout extends Error {
  constructor(
    readonly veld: string,
    readonly waarde: string,
    melding: string,
  ) {
    super(`${veld} '${waarde}': ${melding}`)
    this.name = 'Invoerfout'
  }
}
