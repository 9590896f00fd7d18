/** What docs/getting-started.md shows; the example must print exactly this (DOMAIN.md §3). */
export const verwachteUitvoer = `Niet verwerkte facturen:
  26000001 Koninklijke Exhibitions Benelux B.V.: netto 667.00, btw 140.07, totaal 807.07; gejournaliseerd ja, verstrekt nee
Alle facturen:
  26000001 Koninklijke Exhibitions Benelux B.V.: netto 667.00, btw 140.07, totaal 807.07; gejournaliseerd ja, verstrekt nee
Alle factuurregels:
  26000001 ADV: 1021.00 (HOOG 21 %)
  26000001 ONT: 495.00 (HOOG 21 %)
  26000001 Kosten: 151.00 (HOOG 21 %)
  26000001 Voorschot verrekend: -1000.00 (HOOG 21 %)
Journaalpost [pro] 10032-Koninklijke Exhibitions Benelux B.V.:
  debet  1300   807.07
  debet  1450  1000.00
  credit 8000  1516.00
  credit 8050   151.00
  credit 1510   140.07
  totaal debet 1807.07, credit 1807.07
`
