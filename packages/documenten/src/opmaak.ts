/** Dutch figures: a decimal string "-1234.5" → "-1.234,50"; exact, no floating point. */
export const bedragNl = (bedrag: string, decimalen = 2): string => {
  const negatief = bedrag.startsWith('-')
  const [heel = '0', deel = ''] = (negatief ? bedrag.slice(1) : bedrag).split('.')
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const fractie = deel.padEnd(decimalen, '0')
  const tekst = decimalen > 0 || deel.length > 0 ? `${groepen},${fractie}` : groepen
  return negatief && /[1-9]/.test(tekst) ? `-${tekst}` : tekst
}

/** A quantity: as many decimals as it has, trailing zeros dropped ("2.50" → "2,5"). */
export const aantalNl = (aantal: string): string => {
  const [heel = '0', deel = ''] = aantal.split('.')
  const fractie = deel.replace(/0+$/, '')
  return bedragNl(fractie ? `${heel}.${fractie}` : heel, fractie.length)
}

/** A Dutch date: "2026-03-31" → "31-03-2026". */
export const datumNl = (datum: string): string => `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`

/** A percentage as printed: "21" → "21%", "9.5" → "9,5%". */
export const percentageNl = (percentage: string): string => `${aantalNl(percentage)}%`
