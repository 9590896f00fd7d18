export { type RelatieCommand, WijsDeclarantenToe } from './commands'
export { type RelatieState, relatieDecider } from './decider'
export { DeclarantenToegewezen, type RelatieEvent, relatieEvents, relatieRegistry, relatieStream } from './events'
export { type RelatieResultaat, type RelatieService, relatieService } from './service'
