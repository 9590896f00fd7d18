// Issue 17's size limits, measured over the TypeScript AST of one source file.
import ts from 'typescript'

export const MAX_FUNCTIE = 100
export const MAX_BESTAND = 400

/** The comment that excepts the function declared on the next line: `// limits: <why>`. */
const UITZONDERING = /^\s*\/\/\s*limits:\s*(\S.*?)\s*$/

const isFunctie = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node)

/** The name a reader would search for: the declaration's own, or the variable, property or call holding it. */
const naamVan = (node) => {
  if (node.name) return node.name.getText()
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const ouder = node.parent
  if (ouder && (ts.isVariableDeclaration(ouder) || ts.isPropertyAssignment(ouder) || ts.isPropertyDeclaration(ouder))) {
    return ouder.name.getText()
  }
  if (ouder && ts.isCallExpression(ouder)) return `${ouder.expression.getText()} callback`
  return '(anonymous)'
}

/** Where the declaration a reader sees begins: the `const` statement or property holding a function, else itself. */
const ankerVan = (node) => {
  const ouder = node.parent
  if (ouder && ts.isVariableDeclaration(ouder) && ts.isVariableStatement(ouder.parent?.parent)) {
    return ouder.parent.parent
  }
  if (ouder && (ts.isPropertyAssignment(ouder) || ts.isPropertyDeclaration(ouder))) return ouder
  return node
}

/** The reason of a `// limits: <why>` comment on the line right above the function's declaration, if any. */
const uitzonderingVoor = (bron, node) => {
  const regel = bron.getLineAndCharacterOfPosition(ankerVan(node).getStart(bron)).line
  if (regel === 0) return undefined
  const starts = bron.getLineStarts()
  const tekst = bron.text.slice(starts[regel - 1], starts[regel])
  return UITZONDERING.exec(tekst)?.[1]
}

/**
 * Every place in one file over a limit: the file itself (over MAX_BESTAND lines) and each function, method or arrow
 * function over MAX_FUNCTIE lines (nested ones counted on their own too), from its first to its last line. A
 * function with a `// limits: <why>` comment right above its declaration carries that reason as `uitzondering`.
 */
export const meetBestand = (bestand, tekst) => {
  const bron = ts.createSourceFile(bestand, tekst, ts.ScriptTarget.Latest, true)
  const plaatsen = []
  const regels = bron.getLineStarts().length - (tekst.endsWith('\n') ? 1 : 0)
  if (regels > MAX_BESTAND) plaatsen.push({ soort: 'file', waar: bestand, naam: '', regels })
  const bezoek = (node) => {
    if (isFunctie(node)) {
      const start = bron.getLineAndCharacterOfPosition(node.getStart(bron)).line
      const lengte = bron.getLineAndCharacterOfPosition(node.getEnd()).line - start + 1
      if (lengte > MAX_FUNCTIE) {
        const uitzondering = uitzonderingVoor(bron, node)
        plaatsen.push({
          soort: 'function',
          waar: `${bestand}:${start + 1}`,
          naam: naamVan(node),
          regels: lengte,
          ...(uitzondering ? { uitzondering } : {}),
        })
      }
    }
    ts.forEachChild(node, bezoek)
  }
  bezoek(bron)
  return plaatsen
}
