import { PDFParse } from 'pdf-parse'

/** The text of each page of a PDF, as a reader extracts it (pdf.js). */
export const pdfPaginas = async (pdf: Buffer): Promise<string[]> => {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    return (await parser.getText()).pages.map((p) => p.text)
  } finally {
    await parser.destroy()
  }
}
